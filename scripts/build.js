#!/usr/bin/env node
// `npm run build` (and the first step of `npm start`): builds the web app and compiles the server, each only when
// its sources changed since its last build (ADR 022). `--force` builds both.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../apps/server/bin/compiled.js';
import { compile } from '../apps/server/scripts/build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const force = process.argv.includes('--force');
const web = join(root, 'apps', 'web');
const builtPage = join(web, 'dist', 'index.html');

/** The web app is stale when any of its inputs (or the contracts it imports) is newer than its built page. */
function webIsStale() {
  if (!existsSync(builtPage)) return true;
  const built = statSync(builtPage).mtimeMs;
  const dirs = [join(web, 'src'), join(web, 'public'), join(root, 'packages', 'contracts', 'src')];
  const files = ['index.html', 'package.json', 'tsconfig.json', 'vite.config.ts'].map((f) => join(web, f));
  const inputs = [...dirs.filter((d) => existsSync(d)).flatMap((d) => filesUnder(d)), ...files.filter(existsSync)];
  return inputs.some((f) => statSync(f).mtimeMs > built);
}

if (force || webIsStale()) {
  const run = spawnSync('npm', ['run', 'build', '-w', '@jobpilot/web'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
} else {
  process.stdout.write('Web app is up to date (apps/web/dist)\n');
}
const started = performance.now();
const compiled = await compile({ force });
const took = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  compiled ? `Server compiled into apps/server/dist in ${took} s\n` : 'Server is up to date (apps/server/dist)\n',
);
