import { afterEach, describe, expect, it, vi } from 'vitest';
import { SessionCache } from './session-cache.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('SessionCache', () => {
  it('forgets entries after the TTL', () => {
    vi.useFakeTimers();
    const cache = new SessionCache<{ userId: string }>(1000);
    cache.set('t1', { userId: 'u1' });
    expect(cache.get('t1')).toEqual({ userId: 'u1' });
    vi.advanceTimersByTime(1001);
    expect(cache.get('t1')).toBeUndefined();
  });

  it('drops the oldest entry when full, and all of a user on request', () => {
    const cache = new SessionCache<{ userId: string }>(60_000, 2);
    cache.set('a', { userId: 'u1' });
    cache.set('b', { userId: 'u2' });
    cache.set('c', { userId: 'u1' });
    expect(cache.get('a')).toBeUndefined();
    cache.deleteWhere((v) => v.userId === 'u1');
    expect(cache.get('c')).toBeUndefined();
    expect(cache.get('b')).toEqual({ userId: 'u2' });
  });

  it('caches nothing with a TTL of 0', () => {
    const cache = new SessionCache<{ userId: string }>(0);
    cache.set('a', { userId: 'u1' });
    expect(cache.get('a')).toBeUndefined();
  });
});
