#!/usr/bin/env node
// Compiles the server once (ADR 022): every non-test source under src/ becomes dist/<same path>.js, so each
// module keeps its own file and `import.meta.url` paths (migrations, the web app, worker-boot.js, parse tasks)
// resolve as they do from the sources. Imports of our own files (relative, `#…` aliases, @jobpilot/contracts)
// are rewritten to the compiled files; packages stay external. Skips the work when dist/ is fresh
// (`--force` rebuilds).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import {
  contractsDir,
  distDir,
  filesUnder,
  isCompiledFresh,
  isTestPath,
  serverDir,
  sourceState,
  stampFile,
} from '../bin/compiled.js';

const srcDir = join(serverDir, 'src');
const contractsSrc = join(contractsDir, 'src');
const contractsOut = join(distDir, '_contracts');
const aliases = Object.entries(JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8')).imports ?? {});

/** The compiled file for a source file of ours, or undefined when it is not ours. */
function outputOf(file) {
  const js = (rel) => rel.replace(/\.ts$/, '.js');
  if (file.startsWith(srcDir + sep)) return join(distDir, js(relative(srcDir, file)));
  if (file.startsWith(contractsSrc + sep)) return join(contractsOut, js(relative(contractsSrc, file)));
  return undefined;
}

/** The source file an import names: `#alias/…` from package.json, a relative path (`.js` may name a `.ts`). */
function sourceOf(spec, importer) {
  if (spec === '@jobpilot/contracts') return join(contractsSrc, 'index.ts');
  let path;
  for (const [key, target] of aliases) {
    const prefix = key.replace(/\*$/, '');
    if (spec.startsWith(prefix)) path = join(serverDir, target.replace(/\*$/, ''), spec.slice(prefix.length));
  }
  if (!path && spec.startsWith('.')) path = join(dirname(importer), spec);
  if (!path) return undefined;
  if (!existsSync(path) && path.endsWith('.js') && existsSync(path.replace(/\.js$/, '.ts'))) {
    return path.replace(/\.js$/, '.ts');
  }
  return path;
}

const ownFiles = {
  name: 'own-files-stay-separate',
  setup(b) {
    b.onResolve({ filter: /^(\.|#|@jobpilot\/contracts$)/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const target = sourceOf(args.path, args.importer);
      const targetOut = target && outputOf(target);
      const importerOut = outputOf(args.importer);
      if (!targetOut || !importerOut) return undefined;
      const rel = relative(dirname(importerOut), targetOut).split(sep).join('/');
      return { path: rel.startsWith('.') ? rel : `./${rel}`, external: true };
    });
  },
};

const common = {
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  plugins: [ownFiles],
};

export async function compile({ force = false } = {}) {
  if (!force && isCompiledFresh()) return false;
  const state = sourceState();
  const keep = (path) => /\.ts$/.test(path) && !path.endsWith('.d.ts') && !isTestPath(path);
  rmSync(distDir, { recursive: true, force: true });
  mkdirSync(distDir, { recursive: true });
  await build({ ...common, entryPoints: filesUnder(srcDir, keep), outdir: distDir, outbase: srcDir });
  await build({ ...common, entryPoints: filesUnder(contractsSrc, keep), outdir: contractsOut, outbase: contractsSrc });
  // Plain JavaScript beside the sources (worker-boot.js) is copied as it is.
  for (const file of filesUnder(srcDir, (p) => p.endsWith('.js') && !isTestPath(p))) {
    const out = join(distDir, relative(srcDir, file));
    mkdirSync(dirname(out), { recursive: true });
    cpSync(file, out);
  }
  writeFileSync(stampFile, state);
  return true;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split(sep).join('/'))) {
  const started = performance.now();
  const built = await compile({ force: process.argv.includes('--force') });
  const took = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(built ? `Server compiled into dist/ in ${took} s\n` : 'Server is up to date (dist/)\n');
}
