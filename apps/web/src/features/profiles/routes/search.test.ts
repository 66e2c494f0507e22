import { describe, expect, it } from 'vitest';
import { favoritesSearchSchema, peopleSearchSchema } from './search';

describe('people and favourites search', () => {
  it('keeps a name and a page; drops pages that are no whole number from 1', () => {
    expect(peopleSearchSchema.parse({ q: 'ann', page: 2 })).toEqual({ q: 'ann', page: 2 });
    expect(peopleSearchSchema.parse({ q: 'ann', page: 2.5 })).toEqual({ q: 'ann' });
    expect(favoritesSearchSchema.parse({ page: 4 })).toEqual({ page: 4 });
    expect(favoritesSearchSchema.parse({ page: 'last' })).toEqual({});
  });
});
