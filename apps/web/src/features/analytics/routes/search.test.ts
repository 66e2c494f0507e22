import { describe, expect, it } from 'vitest';
import { analyticsSearchSchema } from './search';

describe('analytics search', () => {
  it('keeps calendar dates and drops one that is no date, keeping the other', () => {
    expect(analyticsSearchSchema.parse({ from: '2025-01-01', to: '2025-12-31' })).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(analyticsSearchSchema.parse({ from: 'last year', to: '2025-12-31' })).toEqual({ to: '2025-12-31' });
  });
});
