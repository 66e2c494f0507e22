#!/usr/bin/env node
// Builds the skills taxonomy the résumé parser ships (src/modules/resumes/skills/skills.data.ts) from
// O*NET 29.2 "Technology Skills" (CC BY 4.0) and GitHub linguist's languages.yml (MIT), plus the hand-written
// aliases in scripts/skill-aliases.mjs. Run it from apps/server when the sources change:
//   node scripts/build-skills.mjs [path/to/shared/data]
// The product and the tests read only the generated file; attribution is in THIRD_PARTY.md at the root.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.argv[2] ?? join(serverDir, '../../../shared/data');
const out = join(serverDir, 'src/modules/resumes/skills/skills.data.ts');

const { ONET_RENAMES, ALIASES, EXTRA_SKILLS } = await import('./skill-aliases.mjs');
const RENAMES = Object.entries(ONET_RENAMES);
const EXTRA = EXTRA_SKILLS;

/** The key two spellings of one skill share: lower case, only letters, digits, + and #. Kept in step with skills.ts. */
const keyOf = (text) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, '');

// --- O*NET technology skills: the ones that are hot, in demand, in several occupations or in software work.
const IT =
  /development|data base|operating system|program testing|configuration management|web page|web platform|application server|enterprise application integration|network|cloud|business intelligence|analytical or scientific|object or component/i;
const onetText = readFileSync(join(dataDir, 'skills/onet-29.2/Technology Skills.txt'), 'utf8').replace(/\r\n?/g, '\n');
const seen = new Map();
for (const row of onetText.split('\n').slice(1)) {
  const [, name, , category, hot, demand] = row.split('\t');
  if (!name) continue;
  const entry = seen.get(name) ?? { count: 0, keep: false };
  entry.count += 1;
  if (hot === 'Y' || demand === 'Y' || IT.test(category ?? '')) entry.keep = true;
  seen.set(name, entry);
}
const renames = new Map(RENAMES);
const onet = [...seen].filter(([, e]) => e.keep || e.count >= 3).map(([name]) => name);

// --- linguist: programming and markup languages, and the data languages a résumé names.
const DATA_LANGUAGES = new Set(['SQL', 'JSON', 'YAML', 'GraphQL', 'TOML', 'Protocol Buffer', 'CSV', 'XML']);
const languages = [];
let current;
for (const line of readFileSync(join(dataDir, 'skills/linguist-languages/languages.yml'), 'utf8').split('\n')) {
  const top = line.match(/^(?:"([^"]+)"|([^\s#][^:]*)):\s*$/);
  if (top) {
    current = { name: top[1] ?? top[2], type: '', aliases: [] };
    languages.push(current);
    continue;
  }
  if (!current) continue;
  const type = line.match(/^ {2}type: (\w+)/);
  if (type) current.type = type[1];
  const alias = line.match(/^ {2}- (?:"([^"]+)"|(.+))$/);
  if (alias && current.inAliases) current.aliases.push(alias[1] ?? alias[2]);
  if (/^ {2}\w/.test(line)) current.inAliases = /^ {2}aliases:/.test(line);
}
const kept = languages.filter((l) => l.type === 'programming' || l.type === 'markup' || DATA_LANGUAGES.has(l.name));

// --- Assemble: canonical names, then aliases; a derived alias two skills claim is dropped.
const names = [];
const index = new Map();
const byKey = new Map(); // a name's key → its index: "AWK" is the "Awk" already there
const add = (name) => {
  const key = keyOf(name);
  if (!index.has(name)) index.set(name, byKey.get(key) ?? names.push(name) - 1);
  if (!byKey.has(key)) byKey.set(key, index.get(name));
  return index.get(name);
};
// key → { skill, spelling }: names and hand aliases (strong), derived aliases (weak; skill -1 when two claim it).
// The spelling with the most words is kept: "node js" lets two words in running text be Node.js.
const strong = new Map();
const weak = new Map();
const wordsIn = (text) => text.split(/[\s/]+/).filter(Boolean).length;
const claim = (map, alias, skill, force = false) => {
  const key = keyOf(alias);
  if (key.length === 0) return;
  const had = map.get(key);
  if (map === weak && had && had.skill !== skill) return void map.set(key, { skill: -1, spelling: alias });
  if (had && !force && had.skill !== skill) return;
  const spelling = had && had.skill === skill && wordsIn(had.spelling) >= wordsIn(alias) ? had.spelling : alias;
  map.set(key, { skill, spelling });
};
for (const l of kept) {
  const skill = add(l.name);
  claim(strong, l.name, skill);
  for (const a of l.aliases) if (keyOf(a).length > 1 || a === 'c' || a === 'r') claim(weak, a, skill);
}
const VENDORS =
  /^(Microsoft|Oracle|Apache|Google|Amazon|Amazon Web Services|IBM|Adobe|Atlassian|Autodesk|Apple|The MathWorks|Red Hat|Dassault Systemes|Eclipse|Intuit|Cisco|SAP)\s+/;
const chosen = new Set(); // names a person chose: they are shown as written, over a source's spelling of the key
for (const raw of onet) {
  // "Ansible software" is Ansible on a résumé.
  const name = renames.get(raw) ?? raw.replace(/\s+software$/i, '');
  const skill = add(name);
  if (renames.has(raw)) chosen.add(name);
  claim(strong, name, skill);
  claim(strong, raw, skill);
  const plain = raw.replace(/\s+software$/i, '');
  claim(weak, plain, skill);
  // "Structured query language SQL": the long form alone and the acronym alone.
  const acronym = plain.match(/^(.+\s)([A-Z][A-Z0-9]{1,7})$/);
  if (acronym) {
    claim(weak, acronym[1].trim(), skill);
    claim(weak, acronym[2], skill);
  }
  const unvendored = plain.replace(VENDORS, '');
  if (unvendored !== plain && /\s|[^A-Za-z]/.test(unvendored)) claim(weak, unvendored, skill);
}
for (const name of EXTRA) {
  claim(strong, name, add(name));
  chosen.add(name);
}
for (const [alias, name] of Object.entries(ALIASES)) {
  const skill = add(name);
  claim(strong, alias, skill, true);
  claim(strong, name, skill, true);
  chosen.add(name);
}
for (const name of chosen) names[index.get(name)] = name;
const aliases = new Map(strong);
for (const [key, entry] of weak) if (entry.skill >= 0 && !aliases.has(key)) aliases.set(key, entry);
// A name's own key in one word needs no alias row: the reader adds every name's key first.
for (const [i, name] of names.entries()) {
  const entry = aliases.get(keyOf(name));
  if (entry?.skill === i && wordsIn(entry.spelling) <= wordsIn(name)) aliases.delete(keyOf(name));
}
const aliasRows = [...aliases.values()]
  .map(({ skill, spelling }) => [spelling, skill])
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const header = `// Generated by scripts/build-skills.mjs from O*NET 29.2 Technology Skills (CC BY 4.0, USDOL/ETA) and GitHub
// linguist languages.yml (MIT), with the hand-written aliases of skill-aliases.mjs. Do not edit; see THIRD_PARTY.md.
// This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and
// Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET(R) is a trademark of USDOL/ETA.
`;
const body = `${header}
/** Canonical skill names. */
export const SKILL_NAMES: readonly string[] = ${JSON.stringify(names)};

/** [spelling, index into SKILL_NAMES]: other ways to write a skill; every name is implied. */
export const SKILL_ALIASES: readonly (readonly [string, number])[] = ${JSON.stringify(aliasRows)};
`;
writeFileSync(out, body);
execFileSync('npx', ['biome', 'format', '--write', out], { cwd: serverDir, stdio: 'inherit' });
process.stdout.write(
  `${names.length} skills (${onet.length} from O*NET, ${kept.length} from linguist), ${aliasRows.length} aliases → ${out}\n`,
);
