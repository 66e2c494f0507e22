import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isPendingDelete, scheduleDelete } from './pending-deletes';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('scheduleDelete', () => {
  it('sends the delete once the undo window has passed', async () => {
    const sent: string[] = [];
    scheduleDelete('a', async () => void sent.push('a'), 8_000);
    expect(isPendingDelete('a')).toBe(true);
    await vi.advanceTimersByTimeAsync(7_999);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual(['a']);
    expect(isPendingDelete('a')).toBe(false);
  });

  it('never sends it after Undo', async () => {
    const sent: string[] = [];
    const pending = scheduleDelete('b', async () => void sent.push('b'), 8_000);
    expect(pending.undo()).toBe(true);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toEqual([]);
    expect(pending.undo()).toBe(false);
  });

  it('sends at once on flush, and only once', async () => {
    const sent: string[] = [];
    const pending = scheduleDelete('c', async () => void sent.push('c'), 8_000);
    pending.flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toEqual(['c']);
    expect(pending.undo()).toBe(false);
  });
});
