import { describe, expect, it } from 'vitest';
import { formatSavedAt } from './format';

describe('formatSavedAt', () => {
  it('says only the time for a save today, and the day too for an older one', () => {
    const now = new Date(2026, 11, 3, 15, 0);
    expect(formatSavedAt(new Date(2026, 11, 3, 10, 42), now)).not.toMatch(/2026/);
    expect(formatSavedAt(new Date(2026, 11, 3, 10, 42), now)).toMatch(/42/);
    expect(formatSavedAt(new Date(2026, 10, 20, 10, 42), now)).toMatch(/2026/);
  });
});
