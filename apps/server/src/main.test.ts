import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runJobpilot, waitForOutput } from '#test/process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'jobpilot-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const run = (args: string[], env: Record<string, string>) => runJobpilot(args, { DATA_DIR: dataDir, ...env });
const waitFor = waitForOutput;

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
