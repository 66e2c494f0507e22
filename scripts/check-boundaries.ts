/**
 * The module boundaries, checked on every import (run by `npm run lint`, so CI fails on a crossing):
 *
 * - server: a module imports another module only through its entry file `modules/<name>/index.ts`; a table file
 *   may import another module's table file (a foreign key needs the column); `platform/` imports no module and
 *   not the composition root; a repository reads no other module's tables: a read model that needs another
 *   module's rows uses the read API or the typed view that module exports from its `index.ts` (ADR 016, "Read
 *   models"). Table names written into SQL text (`sql\`... from applications ...\``) count too, and so does
 *   reaching another module's tables through its manifest (`applicationsModule.tables`).
 * - web: a feature never imports another feature; code outside a feature imports it through its `index.ts`.
 *
 * Test code (`*.test.ts`, `*.factory.ts`, `test-*.ts`, `*.test-seed.ts`, `src/test/`) may reach into modules to
 * build its fixtures. Usage: `tsx scripts/check-boundaries.ts` (exit 1 and one line per crossing).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const SERVER = join(ROOT, 'apps/server/src');
const WEB = join(ROOT, 'apps/web/src');

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(ts|tsx)$/.test(entry.name)) yield path;
  }
}

function importsOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
}

const isTestCode = (rel: string) =>
  rel.startsWith('test/') || /(\.test\.tsx?|\.factory\.ts|\.test-seed\.ts)$|(^|\/)test-[\w-]+\.ts$/.test(rel);

/** `#modules/x/y.ts` or a relative path, as a path under src/ (undefined for packages). */
function target(fromRel: string, spec: string): string | undefined {
  if (spec.startsWith('#modules/')) return `modules/${spec.slice('#modules/'.length)}`;
  if (spec.startsWith('#platform/')) return `platform/${spec.slice('#platform/'.length)}`;
  if (spec.startsWith('#app/')) return `app/${spec.slice('#app/'.length)}`;
  if (spec.startsWith('.')) return relative('.', join(dirname(fromRel), spec));
  return undefined;
}

function checkServer(problems: string[]) {
  for (const path of files(SERVER)) {
    const rel = relative(SERVER, path);
    const own = rel.match(/^modules\/([^/]+)\//)?.[1];
    for (const spec of importsOf(path)) {
      const to = target(rel, spec);
      if (!to) continue;
      const say = (why: string) => problems.push(`apps/server/src/${rel}: imports ${spec}: ${why}`);
      if (isTestCode(rel)) continue;
      if (rel.startsWith('platform/') && (to.startsWith('modules/') || to.startsWith('app/'))) {
        say('platform/ imports no module and not the composition root');
        continue;
      }
      if (own && to.startsWith('app/')) {
        say('a module never imports the composition root (it gets what it needs through its build context)');
        continue;
      }
      const other = to.match(/^modules\/([^/]+)\/(.+)$/);
      if (!own || !other || other[1] === own) continue;
      const [, name, file] = other;
      const tableRef = rel.endsWith('.table.ts') && file?.endsWith('.table.ts');
      if (file === 'index.ts' || tableRef) continue;
      say(
        rel.endsWith('.repository.ts')
          ? `a repository reads only its own module's tables; use a read API or view the ${name} module exports from its index.ts`
          : `import the ${name} module through #modules/${name}/index.ts`,
      );
    }
    if (own && !isTestCode(rel)) checkSqlText(rel, own, problems);
  }
}

/** The SQL name of every table (`pgTable('name'` in `modules/<m>/*.table.ts`) and the module that owns it. */
const TABLE_OWNERS = new Map<string, string>();
for (const path of files(join(SERVER, 'modules'))) {
  const owner = relative(SERVER, path).match(/^modules\/([^/]+)\/[^/]+\.table\.ts$/)?.[1];
  if (!owner) continue;
  for (const m of readFileSync(path, 'utf8').matchAll(/pgTable\(\s*['"](\w+)['"]/g))
    TABLE_OWNERS.set(m[1] ?? '', owner);
}

/** The literal text of every `sql` template in `text` (interpolations blanked), nested ones included. */
function sqlTexts(text: string): string[] {
  const found: string[] = [];
  // Returns the index after the template that starts at `at` (just past its opening backtick).
  const template = (at: number, keep: boolean): number => {
    let literal = '';
    let i = at;
    while (i < text.length && text[i] !== '`') {
      if (text[i] === '\\') i += 2;
      else if (text.startsWith('${', i)) {
        literal += ' ';
        i = expression(i + 2);
      } else literal += text[i++];
    }
    if (keep) found.push(literal);
    return i + 1;
  };
  const expression = (at: number): number => {
    let depth = 0;
    let i = at;
    while (i < text.length && !(text[i] === '}' && depth === 0)) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
      if (text[i] === '`') i = template(i + 1, /\bsql(?:<[^>]*>)?$/.test(text.slice(Math.max(0, i - 40), i)));
      else i++;
    }
    return i + 1;
  };
  for (const m of text.matchAll(/\bsql(?:<[^>]*>)?`/g)) template((m.index ?? 0) + m[0].length, true);
  return found;
}

/** Another module's table named in SQL text, or reached through its manifest's `tables`. */
function checkSqlText(rel: string, own: string, problems: string[]) {
  const text = readFileSync(join(SERVER, rel), 'utf8');
  const say = (why: string) => problems.push(`apps/server/src/${rel}: ${why}`);
  for (const literal of sqlTexts(text)) {
    for (const m of literal.matchAll(/\b(?:from|join|into|update)\s+"?([a-z_][a-z0-9_]*)"?/gi)) {
      const owner = TABLE_OWNERS.get(m[1] ?? '');
      if (owner && owner !== own) {
        say(`names the ${owner} module's table "${m[1]}" in SQL text; use a read API or view that module exports`);
      }
    }
  }
  if (!rel.endsWith('index.ts') && /\b\w+Module\.tables\b/.test(text)) {
    say("reaches another module's tables through its manifest; use a read API or view that module exports");
  }
}

function checkWeb(problems: string[]) {
  for (const path of files(WEB)) {
    const rel = relative(WEB, path);
    const own = rel.match(/^features\/([^/]+)\//)?.[1];
    for (const spec of importsOf(path)) {
      if (!spec.startsWith('.')) continue;
      const to = relative('.', join(dirname(rel), spec));
      const say = (why: string) => problems.push(`apps/web/src/${rel}: imports ${spec}: ${why}`);
      if (own && (to === 'app' || to.startsWith('app/'))) {
        say(
          'a feature never imports the app shell (it reaches every feature); shared pieces go to components/ or lib/',
        );
        continue;
      }
      const feature = to.match(/^features\/([^/]+)(?:\/(.+))?$/);
      if (!feature || feature[1] === own) continue;
      if (own) say('a feature never imports another feature (move the shared piece to components/ or lib/)');
      else if (feature[2] !== undefined && feature[2] !== 'index' && feature[2] !== 'index.ts') {
        say(`import the ${feature[1]} feature through features/${feature[1]}/index.ts`);
      }
    }
  }
}

const problems: string[] = [];
checkServer(problems);
checkWeb(problems);
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n\n${problems.length} crossing(s) of a module boundary.\n`);
  process.exit(1);
}
process.stdout.write('Module boundaries hold.\n');
