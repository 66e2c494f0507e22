import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { OPERATOR_FILE, OPERATOR_HEADER, readOperatorAccess } from '#modules/mail/operator-access.ts';
import { waitFor as waitUntil } from '#test/client.ts';
import { runJobpilot, waitForOutput } from '#test/process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'jobpilot-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const started: ReturnType<typeof runJobpilot>[] = [];
const run = (args: string[], env: Record<string, string>) => {
  const proc = runJobpilot(args, { DATA_DIR: dataDir, ...env });
  started.push(proc);
  return proc;
};
// Starting on a fresh PGlite directory takes half a minute on a busy machine.
const waitFor = (read: () => string, pattern: RegExp, child: ChildProcess) =>
  waitForOutput(read, pattern, child, 120_000);
afterEach(async () => {
  for (const proc of started.splice(0)) {
    if (proc.child.exitCode !== null || proc.child.signalCode !== null) continue;
    proc.child.kill('SIGKILL');
    await proc.exited;
  }
});

describe('jobpilot command', { timeout: 240_000 }, () => {
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

  it('prints the kept mail with `outbox --to` while the server holds the PGlite directory', async () => {
    const server = run(['serve'], {
      PORT: '0',
      HOST: '127.0.0.1',
      PUBLIC_URL: 'http://jobs.test',
      QUEUE_POLL_SECONDS: '0.5',
    });
    try {
      const [, port] = await waitFor(server.output, /listening on http:\/\/localhost:(\d+)/, server.child);
      const api = `http://127.0.0.1:${port}/api/v1`;
      const post = (path: string, body: object) =>
        fetch(`${api}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const email = 'operator-reads@example.com';
      expect((await post('/auth/register', { email, password: 'a-long-enough-password', name: 'Ola' })).status).toBe(
        201,
      );
      expect((await post('/auth/forgot-password', { email })).status).toBe(200);
      expect((await fetch(`${api}/outbox`)).status).toBe(401);

      // The reset mail is written by a background job: wait until the server has it, then ask the command once.
      const access = readOperatorAccess(dataDir);
      if (!access) throw new Error(`no ${OPERATOR_FILE} in DATA_DIR while the server runs`);
      await waitUntil("the reset mail in the running server's outbox", async () => {
        const res = await fetch(`${access.url}/api/v1/operator/outbox?to=${encodeURIComponent(email)}`, {
          headers: { [OPERATOR_HEADER]: access.token },
        });
        const kept = ((await res.json()) as { data?: { subject: string }[] }).data ?? [];
        return kept.some((m) => m.subject.startsWith('Reset your')) ? true : undefined;
      });
      const cli = run(['outbox', '--to', email], {});
      expect(await cli.exited, cli.output()).toBe(0);
      const printed = cli.output();
      expect(printed).toContain('Reset your');
      expect(printed).toContain(`To:      ${email}`);
      expect(printed).toMatch(/http:\/\/jobs\.test\/reset-password\?token=\S+/);
      expect(statSync(join(dataDir, 'operator.json')).mode & 0o777).toBe(0o600);

      for (const role of ['serve', 'migrate']) {
        const second = run([role], { PORT: '0', HOST: '127.0.0.1' });
        expect(await second.exited).toBe(1);
        expect(second.output()).toContain(`Another JobPilot process (pid ${server.child.pid}) has the database`);
        expect(second.output()).not.toContain('migrations applied');
      }
      expect((await fetch(`http://127.0.0.1:${port}/ready`)).status).toBe(200);

      // Stopped, the server leaves no lock or token behind, and the command opens the directory itself.
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(existsSync(join(dataDir, 'operator.json'))).toBe(false);
      expect(existsSync(join(dataDir, 'pg.lock'))).toBe(false);
      const direct = run(['outbox', '--to', email, '--limit', '1'], {});
      expect(await direct.exited, direct.output()).toBe(0);
      expect(direct.output()).toMatch(/1 of 2 kept messages to operator-reads@example\.com, newest first/);
      expect(direct.output()).toMatch(/reset-password\?token=/);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
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
