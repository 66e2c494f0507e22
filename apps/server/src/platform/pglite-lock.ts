import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, linkSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * The file that says which process has `DATA_DIR/pg` open: its pid and host name, put in place whole by
 * link(2). The lock is per machine: a pid means something only on the host that wrote it.
 */
export const LOCK_FILE = 'pg.lock';

/** Another live process (or any process on another host) has the PGlite directory open; `holder` is its pid. */
export class DatabaseLockedError extends Error {
  constructor(
    public readonly holder: number,
    public readonly file: string,
    public readonly host?: string,
  ) {
    const where = host ? ` on another machine (${host})` : '';
    super(
      `Another JobPilot process (pid ${holder}${where}) has the database in ${join(file, '..')} open, and PGlite ` +
        'lets only one process at a time open it. Stop that process first (to read kept mail while it runs, use ' +
        '`npx jobpilot outbox`), or set DATABASE_URL to a PostgreSQL server to run several processes. ' +
        (host
          ? `A lock from another host is never taken over: its pid cannot be checked from here (containers sharing ` +
            `a volume each have their own processes). If that process is gone, delete ${file}.`
          : `If no process ${holder} is running, delete ${file}.`),
    );
    this.name = 'DatabaseLockedError';
  }
}

interface Lock {
  pid: number;
  /** Missing in locks written before hosts were recorded: taken as this host. */
  host: string | undefined;
  /** Which file this was, so a takeover can tell it from a fresh lock put in its place. */
  ino: number;
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

function readLock(file: string): Lock | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const [pidLine, host] = readFileSync(fd, 'utf8').split('\n');
    const pid = Number.parseInt(pidLine ?? '', 10);
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    return { pid, host: host?.trim() || undefined, ino: fstatSync(fd).ino };
  } finally {
    closeSync(fd);
  }
}

const foreign = (lock: Lock) => lock.host !== undefined && lock.host !== hostname();
const isHeld = (lock: Lock, file: string) => foreign(lock) || isAlive(lock.pid) || held.has(file);

/** The pid in the lock file, or undefined when there is none (or it holds no pid). */
export function lockHolder(dataDir: string): number | undefined {
  return readLock(join(dataDir, LOCK_FILE))?.pid;
}

/** The pid of the process holding `dataDir` (alive here, or on another host), if any. */
export function liveHolder(dataDir: string): number | undefined {
  const file = join(dataDir, LOCK_FILE);
  const lock = readLock(file);
  return lock && isHeld(lock, file) ? lock.pid : undefined;
}

/** For tests: runs between reading a stale lock and taking it over, where another taker may step in. */
export interface LockHooks {
  beforeTakeover?: () => void;
}

/**
 * Takes the lock of a PGlite data directory for this process, or throws DatabaseLockedError when a live
 * process holds it (this one included: two clients in one process corrupt it just as well), or any process on
 * another host. A lock left by a dead process of this host is taken over by renaming it aside (rename is atomic:
 * of two takers only one moves it) and checking that the moved file is the stale one; the other starts again.
 * Returns the release, which is also run when the process exits.
 *
 * @example
 * const release = lockDataDir('/var/lib/jobpilot'); // … open PGlite … release();
 */
export function lockDataDir(dataDir: string, hooks: LockHooks = {}): () => void {
  const file = join(dataDir, LOCK_FILE);
  const unique = () => `${file}.${process.pid}.${randomBytes(6).toString('hex')}`;
  const mine = unique();
  writeFileSync(mine, `${process.pid}\n${hostname()}\n`, { mode: 0o600 });
  try {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        linkSync(mine, file);
        return releaser(file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const lock = readLock(file);
      if (lock && isHeld(lock, file))
        throw new DatabaseLockedError(lock.pid, file, foreign(lock) ? lock.host : undefined);
      hooks.beforeTakeover?.();
      // Left by a process that died (a container restarted may even give us its pid): move it aside.
      const aside = unique();
      try {
        renameSync(file, aside);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue; // another taker moved it first
        throw err;
      }
      const moved = readLock(aside);
      if (lock ? moved?.ino === lock.ino : moved === undefined) {
        rmSync(aside, { force: true });
        continue;
      }
      // We moved a fresh lock another taker put in place of the stale one: put it back, then look again.
      try {
        linkSync(aside, file);
      } finally {
        rmSync(aside, { force: true });
      }
    }
  } finally {
    rmSync(mine, { force: true });
  }
  throw new Error(`Could not take the lock ${file}; try again.`);
}

function releaser(file: string): () => void {
  held.add(file);
  const release = () => {
    process.off('exit', release);
    held.delete(file);
    const lock = readLock(file);
    if (lock?.pid === process.pid && !foreign(lock)) rmSync(file, { force: true });
  };
  process.on('exit', release);
  return release;
}
