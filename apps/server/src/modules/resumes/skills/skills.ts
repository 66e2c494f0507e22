import { SKILL_ALIASES, SKILL_NAMES } from './skills.data.ts';

/**
 * The key two spellings of one skill share: lower case, only letters, digits, + and # ("Node.js", "nodejs" and
 * "NODE JS" are all "nodejs"; "C#", "C++" and "C" stay apart). Kept in step with scripts/build-skills.mjs.
 */
export function skillKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, '');
}

interface Lookup {
  byKey: Map<string, string>;
  /** The most words any spelling of a key has: "node js" lets two words of running text be one skill. */
  wordsOf: Map<string, number>;
  longest: number;
}

let lookup: Lookup | undefined;
/** Where one word of a spelling ends, as tokensOf splits running text (the build script counts words alike). */
const WORD_BREAK = /[\s/]+/;

/** Built once, on first use: every name's key, then the aliases (which may take a name's key for another). */
function table(): Lookup {
  if (lookup) return lookup;
  const byKey = new Map<string, string>();
  const wordsOf = new Map<string, number>();
  let longest = 1;
  const spell = (spelling: string, name: string) => {
    const key = skillKey(spelling);
    byKey.set(key, name);
    const words = spelling.split(WORD_BREAK).filter(Boolean).length;
    wordsOf.set(key, Math.max(words, wordsOf.get(key) ?? 0));
    longest = Math.max(longest, words);
  };
  for (const name of SKILL_NAMES) spell(name, name);
  for (const [spelling, index] of SKILL_ALIASES) {
    const name = SKILL_NAMES[index];
    if (name !== undefined) spell(spelling, name);
  }
  lookup = { byKey, wordsOf, longest };
  return lookup;
}

/** A word of the text and where it is. Slashes, commas, brackets and the like separate; dots and dashes do not. */
interface Token {
  text: string;
  key: string;
  start: number;
  end: number;
  /** Only spaces or a slash since the word before: "CI/CD" and "Ruby on Rails" are one name, "Go, Rust" two. */
  joins: boolean;
}

const TOKEN = /[^\s,;:()[\]{}"'`|/\\•·●▪◦!?<>]+/gu;

function tokensOf(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    // A full stop ends a sentence, not a name ("…in Node.js."); a leading dot stays (".NET").
    const word = m[0].replace(/[.\-–—]+$/, '');
    const key = skillKey(word);
    if (!key) continue;
    const before = out.at(-1);
    const joins = before !== undefined && /^\s*\/?\s*$/.test(text.slice(before.end, m.index));
    out.push({ text: word, key, start: m.index, end: m.index + word.length, joins });
  }
  return out;
}

/**
 * Ordinary words that are also the name or a spelling of a skill: in running text they count only written as
 * the skill is ("Rust", "Swift"), never in lower case.
 */
const ORDINARY = new Set(
  (
    'go make shell rust swift ruby chef puppet slack zoom eclipse express spring red ring pure clean text self ' +
    'click mask boo io nit pan fancy reason pony crystal dart elm hack factor groovy alloy arc berry blade ' +
    'blueprint beef gap logos lean hy jasmin mercury oz pike ragel raw red sage smarty squirrel stan turtle ' +
    'unity vim wisp yacc zap zig cool edge mirah monkey nu opal papyrus pascal pawn picolisp pod rebol ' +
    'ballerina bamboo hive spark maven tomcat cassandra basic assembly apex arc gherkin jade jolie julia ' +
    'latte less liquid marko mint nim nix pug roc rouge scheme sass slim solidity stylus tcl twig vala wren ' +
    'word excel project access outlook teams word visio bootstrap selenium node vue react angular linux ' +
    'tableau docker ansible splunk kafka redis figma canva jira confluence bitbucket jenkins git'
  ).split(' '),
);
/** Of ORDINARY, those that are skills however they are written in lower case (a tool, not an English word). */
const TOOLS = new Set(
  'node vue react angular linux tableau docker ansible splunk kafka redis figma canva jira confluence jenkins git bitbucket'.split(
    ' ',
  ),
);

/** Whether a lone word in running text names the skill, from how it is written. */
function meantAsSkill(raw: string, name: string): boolean {
  if (raw === name || raw === name.toUpperCase()) return raw.length > 1 || /^[CR]$/.test(raw);
  if (/[\d+#.]|\p{Ll}\p{Lu}/u.test(raw)) return true; // k8s, C#, node.js, MySQL, iOS
  const lower = raw.toLowerCase();
  if (raw.length <= 2) return false;
  if (ORDINARY.has(lower)) return TOOLS.has(lower) && raw === lower;
  return raw.length >= 4 || raw === raw.toUpperCase();
}

/**
 * The canonical name of one skill as a person wrote it ("k8s" → "Kubernetes", "node.js" → "Node.js",
 * "React.js" → "React"), or undefined when the taxonomy does not know it. Ignores case, spacing and punctuation.
 *
 * @example
 * canonicalSkill('postgres') // 'PostgreSQL'
 */
export function canonicalSkill(text: string): string | undefined {
  const key = skillKey(text);
  return key ? table().byKey.get(key) : undefined;
}

/** A skill found in running text: its canonical name and what was written, where. */
export interface FoundSkill {
  name: string;
  text: string;
  start: number;
  end: number;
}

/**
 * Every skill named in running text, once each in order of first mention, longest spelling first ("Ruby on Rails"
 * is one skill, not Ruby). Linear in the text: one pass over its words, at most a few look-ups per word.
 *
 * @example
 * extractSkills('Built APIs in Node.js and Postgres on k8s').map((s) => s.name) // ['Node.js', 'PostgreSQL', 'Kubernetes']
 */
export function extractSkills(text: string): FoundSkill[] {
  const named = new Set<string>();
  return mentions(text).filter((m) => !named.has(m.name) && named.add(m.name));
}

/** Every mention of a skill in the text, in order, repeats included: one pass, longest spelling first. */
function mentions(text: string): FoundSkill[] {
  const { byKey, wordsOf, longest } = table();
  const tokens = tokensOf(text);
  const found: FoundSkill[] = [];
  let i = 0;
  while (i < tokens.length) {
    let match: { name: string; length: number } | undefined;
    let key = '';
    for (let n = 1; n <= longest && i + n <= tokens.length; n++) {
      const token = tokens[i + n - 1] as Token;
      if (n > 1 && !token.joins) break;
      key += token.key;
      const name = byKey.get(key);
      if (!name) continue;
      if (n === 1 ? meantAsSkill((tokens[i] as Token).text, name) : n <= (wordsOf.get(key) ?? 1)) {
        match = { name, length: n };
      }
    }
    if (!match) {
      i += 1;
      continue;
    }
    const first = tokens[i] as Token;
    const last = tokens[i + match.length - 1] as Token;
    found.push({ name: match.name, text: text.slice(first.start, last.end), start: first.start, end: last.end });
    i += match.length;
  }
  return found;
}

/** Words a list item may hold besides its skills: "Java and J2EE", "Angular (versions 2+)", "SQL databases". */
const FILLER = new Set(
  'and or with plus incl including also version versions v databases database frameworks framework library libraries tools tool languages language basic basics advanced'.split(
    ' ',
  ),
);

/**
 * The canonical names in one item of a skills list: the item itself when the taxonomy knows it ("k8s" →
 * Kubernetes); the skills it joins when nothing else is in it ("Git and GitHub" → Git, GitHub); otherwise the
 * item as the person wrote it ("Underwater basket weaving", "Data analysis in Excel").
 *
 * @example
 * skillNames('Java and J2EE') // ['Java', 'Java EE']
 */
export function skillNames(item: string): string[] {
  const exact = canonicalSkill(item);
  if (exact) return [exact];
  const found = mentions(item);
  if (found.length === 0) return [item];
  let rest = '';
  let at = 0;
  for (const skill of found) {
    rest += ` ${item.slice(at, skill.start)}`;
    at = skill.end;
  }
  rest += ` ${item.slice(at)}`;
  const words = rest.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.every((w) => FILLER.has(w)) ? [...new Set(found.map((s) => s.name))] : [item];
}
