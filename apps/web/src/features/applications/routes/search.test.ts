import { describe, expect, it } from 'vitest';
import { boardSearchSchema } from './board-search';
import { applicationsSearchSchema, cleanSearch, DEFAULT_SORT, drawerFilterCount, listParamsOf, viewOf } from './search';

describe('applications search', () => {
  it('keeps valid statuses, search words, page and sort', () => {
    const search = { status: ['applied', 'offer'], q: 'acme', page: 2, sort: 'company' };
    expect(applicationsSearchSchema.parse(search)).toEqual(search);
  });

  it('drops each invalid value on its own, keeping the rest', () => {
    expect(applicationsSearchSchema.parse({ status: ['hired'], q: 'acme', page: 0, sort: 'salary!' })).toEqual({
      q: 'acme',
    });
    expect(applicationsSearchSchema.parse({ page: 1.5 })).toEqual({});
  });

  it('cleanSearch leaves only what differs from the defaults, trimmed', () => {
    const clean = cleanSearch({ status: [], q: '  ', location: ' ', tag: [], page: 1, sort: DEFAULT_SORT });
    expect(Object.values(clean).every((v) => v === undefined)).toBe(true);
    expect(cleanSearch({ status: ['saved'], q: ' acme ', page: 3, sort: 'company', currency: 'eur' })).toMatchObject({
      status: ['saved'],
      q: 'acme',
      page: 3,
      sort: 'company',
      currency: 'EUR',
    });
  });

  it('keeps the filters a shared link carries, and drops each bad one alone', () => {
    const tag = '0b7c4a5e-8c1e-4d2a-9f3b-2a1d5e6f7a8b';
    const search = {
      location: 'Berlin',
      source: 'LinkedIn',
      salaryMin: 60000,
      salaryMax: 90000,
      currency: 'eur',
      appliedFrom: '2026-03-01',
      appliedTo: '2026-03-31',
      tag: [tag],
      sort: '-salary',
    };
    expect(applicationsSearchSchema.parse(search)).toEqual({ ...search, currency: 'EUR' });
    expect(
      applicationsSearchSchema.parse({
        location: 'Paris',
        salaryMin: -5,
        currency: 'euro',
        appliedFrom: '2026-13-01',
        tag: ['not-a-uuid'],
      }),
    ).toEqual({ location: 'Paris' });
  });

  it('counts the drawer filters set, and a saved view keeps all but the page', () => {
    expect(drawerFilterCount({ q: 'acme', status: ['saved'] })).toBe(0);
    expect(drawerFilterCount({ location: 'Berlin', salaryMin: 0, tag: [], currency: ' ' })).toBe(2);
    expect(viewOf({ q: ' acme ', page: 4, status: [], sort: '-salary' })).toEqual({ q: 'acme', sort: '-salary' });
  });

  it('a search without a chosen sort asks for relevance; without words, newest first', () => {
    expect(listParamsOf({ q: 'enginer' }).sort).toBeUndefined();
    expect(listParamsOf({}).sort).toBe(DEFAULT_SORT);
    expect(listParamsOf({ q: 'enginer', sort: 'company' }).sort).toBe('company');
    expect(listParamsOf({ tag: ['x'], page: 2 })).toMatchObject({ tag: ['x'], page: 2, limit: 20, status: [] });
  });

  it('the board keeps its search words and ignores anything else', () => {
    expect(boardSearchSchema.parse({ q: 'beta' })).toEqual({ q: 'beta' });
    expect(boardSearchSchema.parse({ q: 42 })).toEqual({});
  });
});
