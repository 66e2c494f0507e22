import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    expect(readFileSync(lockFile(), 'utf8')).toBe(String(process.pid));
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
      expect(readFileSync(lockFile(), 'utf8')).toBe(String(process.pid));
      release();
    }
  });
});
