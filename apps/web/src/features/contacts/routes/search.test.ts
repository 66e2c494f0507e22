import { describe, expect, it } from 'vitest';
import { contactsSearchSchema } from './search';

describe('contacts search', () => {
  it('keeps search words and a page from 1 on', () => {
    expect(contactsSearchSchema.parse({ q: 'recruiter', page: 3 })).toEqual({ q: 'recruiter', page: 3 });
    expect(contactsSearchSchema.parse({ q: 'recruiter', page: 0 })).toEqual({ q: 'recruiter' });
  });
});
