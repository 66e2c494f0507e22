/**
 * The module boundaries, checked on every import (run by `npm run lint`, so CI fails on a crossing):
 *
 * - server: a module imports another module only through its entry file `modules/<name>/index.ts`; a table file
 *   may import another module's table file (a foreign key needs the column); `platform/` imports no module and
 *   not the composition root; a repository reads no other module's tables (except the read models listed below,
 *   which are being moved onto the owning modules' read APIs).
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

/** Repositories that still read another module's tables directly (ADR 016, "Read models"): no new entries. */
const READ_MODEL_DEBT = new Set([
  'modules/analytics/dashboard.repository.ts',
  'modules/profiles/favorites.repository.ts',
  'modules/profiles/profiles.repository.ts',
  'modules/tasks/tasks.repository.ts',
  'modules/transfer/transfer.repository.ts',
]);

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
      const other = to.match(/^modules\/([^/]+)\/(.+)$/);
      if (!own || !other || other[1] === own) continue;
      const [, name, file] = other;
      const tableRef = rel.endsWith('.table.ts') && file?.endsWith('.table.ts');
      if (rel.endsWith('.repository.ts') && !READ_MODEL_DEBT.has(rel)) {
        say(`a repository reads only its own module's tables; use the ${name} module's API`);
      } else if (file !== 'index.ts' && !tableRef && !READ_MODEL_DEBT.has(rel)) {
        say(`import the ${name} module through #modules/${name}/index.ts`);
      }
    }
  }
}

function checkWeb(problems: string[]) {
  for (const path of files(WEB)) {
    const rel = relative(WEB, path);
    const own = rel.match(/^features\/([^/]+)\//)?.[1];
    for (const spec of importsOf(path)) {
      if (!spec.startsWith('.')) continue;
      const to = relative('.', join(dirname(rel), spec));
      const feature = to.match(/^features\/([^/]+)(?:\/(.+))?$/);
      if (!feature || feature[1] === own) continue;
      const say = (why: string) => problems.push(`apps/web/src/${rel}: imports ${spec}: ${why}`);
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
  process.stderr.write(`${problems.join('\n')}\n\n${problems.length} import(s) cross a module boundary.\n`);
  process.exit(1);
}
process.stdout.write('Module boundaries hold.\n');
