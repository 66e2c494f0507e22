import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { openDatabase } from '#platform/db.ts';
import { readSnapshot } from './database.ts';

const bin = fileURLToPath(new URL('../../bin/jobpilot.js', import.meta.url));

/** Runs `jobpilot <args>` as a child process with a clean environment plus `env`, collecting its output. */
export function runJobpilot(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { PATH: process.env.PATH ?? '', WEB_DIST: '/nonexistent', ...env },
  });
  let output = '';
  const collect = (c: Buffer) => {
    output += c.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Waits until the output matches `pattern`; fails with the output when the process exits first. */
export async function waitForOutput(read: () => string, pattern: RegExp, child: ChildProcess, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const match = pattern.exec(read());
    if (match) return match;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no ${pattern} in output:\n${read()}`);
}

/**
 * Puts a copy of the run's migrated database (the global setup's PGlite snapshot) into `dataDir`, so a server
 * spawned on it starts without `initdb` and migrations, as on the second start of a real installation. When the
 * run prepared a PostgreSQL template instead, the directory stays empty and the server builds it itself.
 */
export async function seedDataDir(dataDir: string): Promise<void> {
  const source = inject('migratedSource');
  if (source.kind !== 'pglite') return;
  const database = await openDatabase({ dataDir, loadDataDir: await readSnapshot(source.snapshotFile) });
  await database.close();
}
