import type { JsonSchema } from './openapi-walk.ts';

/**
 * Strings that make a backtracking regular expression slow: long runs of characters a pattern accepts,
 * ended by one it refuses, so the engine retries every way of splitting the run before it gives up. A
 * string such as `'x'.repeat(n)` fails most patterns on its first character and proves nothing.
 */

/** Characters tried against each character class of a pattern. */
const ALPHABET = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u2028',
  '\u3000',
  'é',
];
/** A character few patterns accept, to end a run with. */
const ENDINGS = ['!', '~', '`', '§', '\u0001', 'x'];

/** Shapes that hurt common patterns (phone, email, slug, free text), whatever the schema says. */
export function genericHostile(n: number): [string, string][] {
  return [
    ['digits and spaces, then x', `${'1 '.repeat(n / 2)}x`],
    ['digits, then x', `${'1'.repeat(n)}x`],
    ['a@ repeated', 'a@'.repeat(n / 2)],
    ['a. repeated, then @', `${'a.'.repeat(n / 2)}@`],
    ['dashes', '-'.repeat(n)],
    ['mixed whitespace, then x', `${' \t\n\r\u00a0'.repeat(n / 5)}x`],
    ['word characters, then !', `${'a1_'.repeat(n / 3)}!`],
  ];
}

/**
 * For a schema with a `pattern`: for each character class the pattern uses, a long run of characters
 * that class accepts (one alone, two alternating), then one the pattern refuses at that place.
 *
 * @example derivedHostile({ pattern: '^[\\d\\s]*\\d$' }, 20) // [['[\\d\\s] run of "0"', '00000000000000000000!'], …]
 */
export function derivedHostile(schema: JsonSchema, n: number): [string, string][] {
  if (!schema.pattern) return [];
  const pattern = compile(schema.pattern);
  if (!pattern) return [];
  const classes = [...new Set(classesOf(schema.pattern))];
  const runs: [string, string][] = [];
  const firsts: string[] = [];
  for (const cls of classes) {
    const re = compile(`^${cls}$`);
    const accepted = re ? ALPHABET.filter((c) => re.test(c)) : [];
    const [a, b] = accepted;
    if (a === undefined) continue;
    firsts.push(a);
    runs.push([`${cls} run of ${JSON.stringify(a)}`, a]);
    if (b !== undefined) runs.push([`${cls} run of ${JSON.stringify(a + b)}`, a + b]);
  }
  if (firsts.length > 1) runs.push(['every class in turn', firsts.join('')]);
  const out: [string, string][] = [];
  for (const [kind, unit] of runs) {
    const run = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    // The ending must make the whole string fail, or the engine stops at the first match. Only a short
    // copy is tried here: the long one could be just as slow in this process as on the server.
    const ending = ENDINGS.find((e) => !pattern.test(`${run.slice(0, 12)}${e}`));
    if (ending !== undefined) out.push([`${kind}, then ${JSON.stringify(ending)}`, `${run}${ending}`]);
  }
  return out;
}

/** The character classes of a pattern's source: `[...]` sets and `\d \s \w` (and their negations), `.`. */
export function classesOf(source: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if ('dDsSwW'.includes(next) && next) out.push(`\\${next}`);
      i += 1;
    } else if (c === '[') {
      let j = i + 1;
      if (source[j] === '^') j += 1;
      if (source[j] === ']') j += 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out.push(source.slice(i, j + 1));
      i = j;
    } else if (c === '.') {
      out.push('.');
    }
  }
  return out;
}

function compile(source: string): RegExp | undefined {
  for (const flags of ['u', '']) {
    try {
      return new RegExp(source, flags);
    } catch {
      // try without the unicode flag: some escapes (`\-` outside a class) are only valid without it
    }
  }
  return undefined;
}
