import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  csvImportOptionsSchema,
  isUnstorableText,
  listApplicationsQuerySchema,
  storableString,
  storableText,
  UNSTORABLE_TEXT_MESSAGE,
  updateInterviewSchema,
  updateProfileSchema,
} from './index.js';

describe('isUnstorableText', () => {
  it('finds a NUL and a half of a surrogate pair anywhere in the text', () => {
    expect(isUnstorableText('a\u0000b')).toBe(true);
    expect(isUnstorableText('\u0000')).toBe(true);
    expect(isUnstorableText('end \uD83D')).toBe(true);
    expect(isUnstorableText('\uDE00 start')).toBe(true);
    expect(isUnstorableText('\uDE00\uD83D')).toBe(true); // both halves, in the wrong order
  });

  it('lets through everything PostgreSQL stores, emoji and other control characters included', () => {
    for (const text of [
      '',
      'Acme',
      'Zoë Müller',
      '🙂 done',
      '\uD83D\uDE00',
      'tab\tand\nnewline',
      'bell\u0007',
      '中文',
    ]) {
      expect(isUnstorableText(text), JSON.stringify(text)).toBe(false);
    }
  });
});

describe('storableString', () => {
  it('refuses unstorable text with its readable message first, before the other checks', () => {
    const schema = storableString().trim().min(1).max(3);
    const result = schema.safeParse('way too long\u0000');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(UNSTORABLE_TEXT_MESSAGE);
  });

  it('keeps its message inside a union, as optional links and phones are built', () => {
    const schema = storableString().nullish().or(z.literal(''));
    expect(schema.safeParse('a\u0000').error?.issues.map((i) => i.message)).toEqual([UNSTORABLE_TEXT_MESSAGE]);
  });

  it('keeps the checks and transforms chained after it', () => {
    const schema = storableString().trim().max(5);
    expect(schema.parse('  Acme ')).toBe('Acme');
    expect(schema.safeParse('Acme Corp').success).toBe(false);
    expect(schema.parse('🙂')).toBe('🙂');
  });

  it('names the field, inside objects and arrays', () => {
    const schema = z.object({ tags: z.array(storableString()) });
    const result = schema.safeParse({ tags: ['ok', 'b\uD800d'] });
    expect(result.error?.issues[0]).toMatchObject({ path: ['tags', 1], message: UNSTORABLE_TEXT_MESSAGE });
  });
});

describe('storableText', () => {
  it('adds the check to a string format whose own check lets a NUL through', () => {
    const link = 'https://example.com/a\u0000b';
    expect(z.url().safeParse(link).success).toBe(true);
    const result = z.url().check(storableText()).safeParse(link);
    expect(result.error?.issues.map((i) => i.message)).toEqual([UNSTORABLE_TEXT_MESSAGE]);
  });
});

describe('request schemas', () => {
  const refusedAt = (schema: z.ZodType, input: unknown) => {
    const first = schema.safeParse(input).error?.issues[0];
    return first && { path: first.path.join('.'), message: first.message };
  };

  it('refuse unstorable text in fields a person never types', () => {
    expect(refusedAt(listApplicationsQuerySchema, { sort: '-company\u0000' })).toEqual({
      path: 'sort',
      message: UNSTORABLE_TEXT_MESSAGE,
    });
    // A status value is only a key of the mapping; zod reports the key itself as the failing field.
    expect(refusedAt(csvImportOptionsSchema, { statusMap: { 'Appl\u0000ied': 'applied' } })?.path).toBe(
      'statusMap.Appl\u0000ied',
    );
    expect(refusedAt(updateInterviewSchema, { meetingUrl: 'https://meet.example.com/\uDC00' })).toEqual({
      path: 'meetingUrl',
      message: UNSTORABLE_TEXT_MESSAGE,
    });
    expect(refusedAt(updateProfileSchema, { name: 'Ana', skills: ['Go', 'Rust\u0000'] })).toEqual({
      path: 'skills.1',
      message: UNSTORABLE_TEXT_MESSAGE,
    });
  });
});
