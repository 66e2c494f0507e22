import { describe, expect, it } from 'vitest';
import { boardSearchSchema } from './board-search';
import { applicationsSearchSchema, cleanSearch, DEFAULT_SORT } from './search';

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
    expect(cleanSearch({ status: [], q: '  ', page: 1, sort: DEFAULT_SORT })).toEqual({
      status: undefined,
      q: undefined,
      page: undefined,
      sort: undefined,
    });
    expect(cleanSearch({ status: ['saved'], q: ' acme ', page: 3, sort: 'company' })).toEqual({
      status: ['saved'],
      q: 'acme',
      page: 3,
      sort: 'company',
    });
  });

  it('the board keeps its search words and ignores anything else', () => {
    expect(boardSearchSchema.parse({ q: 'beta' })).toEqual({ q: 'beta' });
    expect(boardSearchSchema.parse({ q: 42 })).toEqual({});
  });
});
