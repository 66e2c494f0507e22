import { ACTION_VERBS, TECH_WORDS } from './words.ts';

/** What the report needs from a dictionary: whether a word is spelt correctly. */
export interface SpellChecker {
  correct(word: string): boolean;
}

let loading: Promise<SpellChecker> | undefined;

/**
 * The English (US) Hunspell dictionary (`dictionary-en`, MIT AND BSD) read by `nspell` (MIT). Loaded on first use
 * and kept: reading the affix rules takes a few hundred milliseconds, a check afterwards microseconds.
 */
export function loadSpellChecker(): Promise<SpellChecker> {
  loading ??= (async () => {
    const [{ default: dictionary }, { default: nspell }] = await Promise.all([
      import('dictionary-en'),
      import('nspell'),
    ]);
    const buffer = (data: Uint8Array) => Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return nspell({ aff: buffer(dictionary.aff), dic: buffer(dictionary.dic) });
  })();
  return loading;
}

/** British endings rewritten to the US forms the dictionary holds ("optimised" → "optimized"). */
const BRITISH: readonly [RegExp, string][] = [
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/our(s|ed|ing|ite|ites|able)?$/, 'or$1'],
  [/tre(s)?$/, 'ter$1'],
  [/ogue(s)?$/, 'og$1'],
  [/ll(ed|ing|er|ers)$/, 'l$1'],
  [/ence$/, 'ense'],
];

/** A word split out of prose; `sentenceStart` when it opens a sentence or a bullet. */
export interface ProseWord {
  word: string;
  index: number;
  sentenceStart: boolean;
}

const URL_OR_EMAIL = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|\b\S+\.(?:com|org|net|io|dev|ai|app|co)\b\S*/gi;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’\-.+#]*/gu;

/** The words of a text with where each starts, URLs and e-mail addresses left out. One pass over the text. */
export function proseWords(text: string): ProseWord[] {
  const blanked = text.replace(URL_OR_EMAIL, (m) => ' '.repeat(m.length));
  const out: ProseWord[] = [];
  let sentenceStart = true;
  let last = 0;
  for (const match of blanked.matchAll(TOKEN)) {
    const between = blanked.slice(last, match.index);
    if (/[.!?:;•]\s*$/.test(between) || /[\n(]/.test(between)) sentenceStart = true;
    const word = match[0].replace(/[.\-'’]+$/, '');
    out.push({ word, index: match.index, sentenceStart });
    sentenceStart = /[.!?]$/.test(match[0]);
    last = match.index + match[0].length;
  }
  return out;
}

/**
 * Whether a word is worth checking: not a number or a code (digits, "C++", "node.js"), not an acronym or
 * camel-case name (ALL CAPS, "iOS", "JavaScript"), not a capitalised proper noun inside a sentence, not a
 * known technology word. Returns the lower-case form to look up, or undefined to skip it.
 */
export function wordToCheck({ word, sentenceStart }: ProseWord): string | undefined {
  if (word.length < 3 || /[\p{N}+#.]/u.test(word)) return undefined;
  const rest = word.slice(1);
  if (/\p{Lu}/u.test(rest)) return undefined;
  if (/^\p{Lu}/u.test(word) && !sentenceStart) return undefined;
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (TECH_WORDS.has(lower) || ACTION_VERBS.has(lower)) return undefined;
  return lower;
}

/** Whether the dictionary knows the word, in its US spelling, its British one or, for "well-known", each part. */
export function isKnown(checker: SpellChecker, lower: string, written?: string): boolean {
  if (checker.correct(lower)) return true;
  // "Richard", "Tulsa": a capitalised word at the start of a sentence the dictionary holds as a name.
  if (written && written !== lower && checker.correct(written)) return true;
  if (lower.includes('-')) {
    return lower.split('-').every((part) => part.length < 3 || TECH_WORDS.has(part) || isKnown(checker, part));
  }
  if (/['’]/.test(lower)) return checker.correct(lower.replace(/’/g, "'"));
  for (const [from, to] of BRITISH) {
    if (from.test(lower) && checker.correct(lower.replace(from, to))) return true;
  }
  return false;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The likeliest word one edit away, tried in the order typing slips happen: two letters swapped ("recieve"),
 * a letter left out ("managment"), one too many, one wrong. About 54 × length look-ups (~1 ms); nspell's own
 * `suggest` searches much further and took 0.5 s on some words, too slow for a report built per request.
 */
export function suggestion(checker: SpellChecker, lower: string): string | undefined {
  if (lower.length > 20) return undefined;
  const tries: ((a: string, b: string) => string[])[] = [
    (a, b) => (b.length > 1 ? [a + b[1] + b[0] + b.slice(2)] : []),
    (a, b) => [...LETTERS].map((c) => a + c + b),
    (a, b) => (b ? [a + b.slice(1)] : []),
    (a, b) => (b ? [...LETTERS].map((c) => a + c + b.slice(1)) : []),
  ];
  for (const edit of tries) {
    for (let i = 0; i <= lower.length; i++) {
      for (const candidate of edit(lower.slice(0, i), lower.slice(i))) {
        if (candidate !== lower && candidate.length > 1 && checker.correct(candidate)) return candidate;
      }
    }
  }
  return undefined;
}
