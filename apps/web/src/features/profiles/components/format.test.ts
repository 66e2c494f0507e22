import { describe, expect, it } from 'vitest';
import { formatBytes, formatDay, linkLabel } from './format';

describe('formatBytes', () => {
  it('shows megabytes with one decimal, dropping ".0"', () => {
    expect(formatBytes(2.4 * 1024 * 1024)).toBe('2.4 MB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3 MB');
  });

  it('shows kilobytes below a megabyte, never 0 KB', () => {
    expect(formatBytes(820 * 1024)).toBe('820 KB');
    expect(formatBytes(12)).toBe('1 KB');
  });
});

describe('formatDay', () => {
  it('shows the day of a timestamp', () => {
    expect(formatDay('2026-05-12T08:00:00.000Z')).toBe('May 12, 2026');
  });
});

describe('linkLabel', () => {
  it('drops the scheme, www and a trailing slash', () => {
    expect(linkLabel('https://www.linkedin.com/in/ann/')).toBe('linkedin.com/in/ann');
    expect(linkLabel('http://github.com/ann')).toBe('github.com/ann');
    expect(linkLabel('ann.dev')).toBe('ann.dev');
  });
});
