import { describe, expect, it } from 'vitest';
import { PHONE_MAX, PHONE_PATTERN, phoneSchema } from './contacts.js';

describe('phoneSchema', () => {
  it('accepts the usual ways of writing a number and refuses words', () => {
    for (const ok of ['+1 555 010 2000', '(030) 123-456', '+44 20 7946 0958 ext. 12', '555 0100 x7', '0171/123#4']) {
      expect(phoneSchema.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of ['call me', '+', '555-0100 ext', '12 34 a']) {
      expect(phoneSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('never runs the pattern on more than PHONE_MAX characters (a long value fails on its length alone)', () => {
    const hostile = `${'1 '.repeat(500_000)}x`;
    const result = phoneSchema.safeParse(hostile);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.code)).toEqual(['too_big']);
  });

  it('has one way to match each character, so a failing value costs one pass', () => {
    // The part before the first digit takes no digits, and the extension starts with a letter or # that the
    // number part does not take: no two branches can match the same text.
    expect(PHONE_PATTERN.test(`${'1 '.repeat(PHONE_MAX)}x`)).toBe(false);
  });
});
