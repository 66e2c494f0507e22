import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/jobpilot.js', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'jobpilot-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, WEB_DIST: '/nonexistent', ...env },
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => {
    output += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    output += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitFor(read: () => string, pattern: RegExp, child: ChildProcess, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const match = pattern.exec(read());
    if (match) return match;
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no ${pattern} in output:\n${read()}`);
}

describe('jobpilot command', () => {
  it('serves on PGlite in DATA_DIR, prints its URL and shuts down cleanly on SIGTERM', async () => {
    const proc = run(['serve'], { PORT: '0', HOST: '127.0.0.1' });
    const [, port] = await waitFor(proc.output, /listening on http:\/\/localhost:(\d+)/, proc.child);
    const ready = await fetch(`http://127.0.0.1:${port}/ready`);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'pglite' });
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
    expect(proc.output()).toContain('shutting down');
  });

  it('applies migrations with `migrate` and exits', async () => {
    const proc = run(['migrate'], {});
    expect(await proc.exited).toBe(0);
    expect(proc.output()).toContain('migrations applied');
  });

  it('refuses bad configuration with a readable list of problems', async () => {
    const proc = run(['serve'], { PORT: 'eighty', DATABASE_URL: 'mysql://db' });
    expect(await proc.exited).toBe(1);
    expect(proc.output()).toContain('Invalid configuration');
    expect(proc.output()).toMatch(/PORT: .+/);
    expect(proc.output()).toMatch(/DATABASE_URL: must start with postgres/);
  });

  it('explains the roles on an unknown one', async () => {
    const proc = run(['fly'], {});
    expect(await proc.exited).toBe(2);
    expect(proc.output()).toContain('Usage: jobpilot <role>');
  });
});
