import { z } from 'zod';

/**
 * Text PostgreSQL cannot store: the NUL character, and UTF-16 surrogates that are not part of a pair
 * (a lone half of an emoji). Every string the API accepts is checked against it.
 *
 * @example
 * UNSTORABLE_TEXT.test('a\u0000b'); // true
 * UNSTORABLE_TEXT.test('🙂'); // false
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding the NUL character is this pattern's job
export const UNSTORABLE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE = 'Remove the invisible control characters (such as a null byte) from this text';

/** True when `text` holds something PostgreSQL cannot store (see `UNSTORABLE_TEXT`). */
export function isUnstorableText(text: string): boolean {
  return UNSTORABLE_TEXT.test(text);
}

/**
 * A string schema that refuses unstorable text with a 422 naming the field; build every text field on it.
 * Its check comes first, so its message is the first issue (the one the error envelope shows).
 *
 * @example
 * storableString().max(200).parse('Acme'); // 'Acme'
 * storableString().safeParse('a\u0000').success; // false
 */
export function storableString() {
  return z.string().check(storableText());
}

/**
 * `storableString()`'s check on its own, for a string schema that starts from a format (`z.url()`, `z.email()`).
 * It does not abort: later checks may add issues after its own, and a union (`.or(z.literal(''))`) still
 * reports its message rather than zod's generic "Invalid input".
 *
 * @example
 * z.url().check(storableText()).safeParse('https://a.example/\u0000').success; // false
 */
export function storableText() {
  return z.refine<string>((v) => !isUnstorableText(v), { message: UNSTORABLE_TEXT_MESSAGE });
}
