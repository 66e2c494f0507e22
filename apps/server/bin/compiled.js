// Where the compiled server lives and whether it is older than its sources (ADR 022). Plain JavaScript, no
// dependencies: bin/jobpilot.js asks this at every start, so it only reads modification times.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const serverDir = fileURLToPath(new URL('..', import.meta.url));
export const distDir = join(serverDir, 'dist');
export const contractsDir = join(serverDir, '..', '..', 'packages', 'contracts');
/** Written last by the build: the state of the sources it compiled (sourceState). */
export const stampFile = join(distDir, '.built');

/** Tests and test helpers are not part of the server that runs. */
export const isTestPath = (path) => /\.test\.ts$/.test(path) || /[/\\]src[/\\]test[/\\]/.test(path);

/** Every file under `dir` (recursively) that `keep` accepts. */
export function filesUnder(dir, keep = () => true) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out;
}

/** What the compiled server is made of: its sources, the contracts' sources, and how they are compiled. */
export function sourceFiles() {
  const source = (path) => /\.(ts|js)$/.test(path) && !isTestPath(path);
  return [
    ...filesUnder(join(serverDir, 'src'), source),
    ...filesUnder(join(contractsDir, 'src'), source),
    join(serverDir, 'package.json'),
    join(serverDir, 'scripts', 'build.js'),
  ];
}

/** The sources' state as the stamp records it: the newest modification time and how many files there are. */
export function sourceState() {
  const files = sourceFiles();
  return `${Math.max(...files.map((f) => statSync(f).mtimeMs))} ${files.length}`;
}

/** True when dist/ was built from the sources as they are now (no newer, added or removed file since). */
export function isCompiledFresh() {
  try {
    return readFileSync(stampFile, 'utf8') === sourceState();
  } catch {
    return false;
  }
}
