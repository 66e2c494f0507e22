import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file that says which process has `DATA_DIR/pg` open: its pid, put in place whole by link(2). */
export const LOCK_FILE = 'pg.lock';

/** Another live process has the PGlite directory open; `holder` is its pid. */
export class DatabaseLockedError extends Error {
  constructor(
    public readonly holder: number,
    public readonly file: string,
  ) {
    super(
      `Another JobPilot process (pid ${holder}) has the database in ${join(file, '..')} open, and PGlite lets ` +
        'only one process at a time open it. Stop that process first (to read kept mail while it runs, use ' +
        '`npx jobpilot outbox`), or set DATABASE_URL to a PostgreSQL server to run several processes. ' +
        `If no process ${holder} is running, delete ${file}.`,
    );
    this.name = 'DatabaseLockedError';
  }
}

/** Directories this process holds, so a lock naming our own pid can tell "ours" from "a stale one, pid reused". */
const held = new Set<string>();

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid in the lock file, or undefined when there is none (or it holds no pid). */
export function lockHolder(dataDir: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(join(dataDir, LOCK_FILE), 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The pid of the live process holding `dataDir`, if any. */
export function liveHolder(dataDir: string): number | undefined {
  const pid = lockHolder(dataDir);
  if (pid === undefined) return undefined;
  return isAlive(pid) || held.has(join(dataDir, LOCK_FILE)) ? pid : undefined;
}

/**
 * Takes the lock of a PGlite data directory for this process, or throws DatabaseLockedError when a live
 * process holds it (this one included: two clients in one process corrupt it just as well). A lock left
 * by a dead process is taken over. Returns the release, which is also run when the process exits.
 *
 * @example
 * const release = lockDataDir('/var/lib/jobpilot'); // … open PGlite … release();
 */
export function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, LOCK_FILE);
  const mine = `${file}.${process.pid}`;
  writeFileSync(mine, String(process.pid), { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        linkSync(mine, file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        const holder = lockHolder(dataDir);
        if (holder !== undefined && (isAlive(holder) || held.has(file))) throw new DatabaseLockedError(holder, file);
        // Left by a process that died (a container restarted may even give us its pid): take it over.
        rmSync(file, { force: true });
        continue;
      }
      return releaser(dataDir, file);
    }
  } finally {
    rmSync(mine, { force: true });
  }
  throw new Error(`Could not take the lock ${file}; try again.`);
}

function releaser(dataDir: string, file: string): () => void {
  held.add(file);
  const release = () => {
    process.off('exit', release);
    held.delete(file);
    if (lockHolder(dataDir) === process.pid) rmSync(file, { force: true });
  };
  process.on('exit', release);
  return release;
}
