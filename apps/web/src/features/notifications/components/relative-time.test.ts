import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

const now = Date.parse('2026-05-12T12:00:00.000Z');
const ago = (minutes: number) => new Date(now - minutes * 60_000).toISOString();

describe('relativeTime', () => {
  it('says "just now" within a minute, either way', () => {
    expect(relativeTime(ago(0.5), now)).toBe('just now');
    expect(relativeTime(ago(-0.5), now)).toBe('just now');
  });

  it('counts minutes, hours and days in the largest unit that fits', () => {
    expect(relativeTime(ago(5), now)).toBe('5 minutes ago');
    expect(relativeTime(ago(3 * 60), now)).toBe('3 hours ago');
    expect(relativeTime(ago(24 * 60), now)).toBe('yesterday');
    expect(relativeTime(ago(3 * 24 * 60), now)).toBe('3 days ago');
  });

  it('moves on to weeks, months and years', () => {
    expect(relativeTime(ago(14 * 24 * 60), now)).toBe('2 weeks ago');
    expect(relativeTime(ago(90 * 24 * 60), now)).toBe('3 months ago');
    expect(relativeTime(ago(800 * 24 * 60), now)).toBe('2 years ago');
  });

  it('speaks of the future too', () => {
    expect(relativeTime(ago(-2 * 60), now)).toBe('in 2 hours');
  });
});
