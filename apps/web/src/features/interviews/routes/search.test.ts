import { describe, expect, it } from 'vitest';
import { interviewsSearchSchema } from './search';

describe('interviews search', () => {
  it('keeps a valid view, day, types, range, page and interview id', () => {
    const search = {
      view: 'month',
      date: '2026-05-01',
      type: ['online', 'phone'],
      when: 'past',
      from: '2026-01-01',
      to: '2026-03-31',
      page: 2,
      id: '0b9d3c1e-6f4a-4c2b-9e8d-1a2b3c4d5e6f',
    };
    expect(interviewsSearchSchema.parse(search)).toEqual(search);
  });

  it('falls back to the default for each invalid value', () => {
    expect(
      interviewsSearchSchema.parse({ view: 'year', date: '1 May', type: ['video'], when: 'soon', page: -1, id: 'x' }),
    ).toEqual({});
  });
});
