import { describe, expect, it } from 'vitest';
import { outboxSearchSchema } from './search';

describe('outbox search', () => {
  it('keeps a page from 1 on and drops anything else', () => {
    expect(outboxSearchSchema.parse({ page: 2 })).toEqual({ page: 2 });
    expect(outboxSearchSchema.parse({ page: 0 })).toEqual({});
  });
});
