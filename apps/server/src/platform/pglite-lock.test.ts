import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DatabaseLockedError, LOCK_FILE, liveHolder, lockDataDir } from './pglite-lock.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jobpilot-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const lockFile = () => join(dir, LOCK_FILE);
/** The pid of a process that has exited (and been reaped). */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;

describe('PGlite directory lock', () => {
  it('writes this pid, refuses a second taker while held, and removes the file on release', () => {
    const release = lockDataDir(dir);
    expect(readFileSync(lockFile(), 'utf8')).toBe(`${process.pid}\n${hostname()}\n`);
    expect(liveHolder(dir)).toBe(process.pid);
    expect(() => lockDataDir(dir)).toThrow(DatabaseLockedError);
    release();
    expect(existsSync(lockFile())).toBe(false);
    expect(liveHolder(dir)).toBeUndefined();
  });

  it('refuses a directory a live process holds, naming it and the file to delete', () => {
    writeFileSync(lockFile(), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(`Another JobPilot process (pid ${process.ppid})`);
    expect(() => lockDataDir(dir)).toThrow(lockFile());
    expect(readFileSync(lockFile(), 'utf8')).toBe(String(process.ppid));
  });

  it('takes over a lock left by a dead process, or by an earlier run that had our pid', () => {
    for (const stale of [deadPid(), process.pid]) {
      writeFileSync(lockFile(), String(stale));
      const release = lockDataDir(dir);
      expect(readFileSync(lockFile(), 'utf8')).toBe(`${process.pid}\n${hostname()}\n`);
      release();
    }
  });

  it('lets only one of two takers take over the same stale lock', () => {
    writeFileSync(lockFile(), `${deadPid()}\n${hostname()}\n`);
    let second: (() => void) | undefined;
    // A has read the dead pid; before it moves the file, B takes the lock over completely.
    const beforeTakeover = () => {
      if (!second) second = lockDataDir(dir);
    };
    const first = () => lockDataDir(dir, { beforeTakeover });
    expect(first).toThrow(DatabaseLockedError);
    expect(second).toBeDefined();
    expect(liveHolder(dir)).toBe(process.pid);
    // B's lock is still in place (A put back the fresh lock it moved), and no file is left beside it.
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
    second?.();
    expect(existsSync(lockFile())).toBe(false);
  });

  it('never takes over a lock from another host, whatever its pid, and says so', () => {
    writeFileSync(lockFile(), `${deadPid()}\nanother-container\n`);
    expect(() => lockDataDir(dir)).toThrow(DatabaseLockedError);
    expect(() => lockDataDir(dir)).toThrow('on another machine (another-container)');
    expect(() => lockDataDir(dir)).toThrow('A lock from another host is never taken over');
    expect(liveHolder(dir)).toBeDefined();
    expect(readFileSync(lockFile(), 'utf8')).toContain('another-container');
  });
});
