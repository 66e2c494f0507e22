import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '#test/app.ts';
import { runJobpilot, waitForOutput } from '#test/process.ts';

/**
 * Scale-out on a PostgreSQL server: two API processes and a worker, apart, on one database.
 * A mail enqueued by an API process is delivered by the worker; a session made on one API works on the other.
 */
const serverUrl = process.env.TEST_DATABASE_URL ?? '';
let db: Awaited<ReturnType<typeof createDatabase>>;
const procs: ReturnType<typeof runJobpilot>[] = [];

beforeAll(async () => {
  db = await createDatabase(serverUrl);
});
afterAll(async () => {
  for (const p of procs) p.child.kill('SIGTERM');
  await Promise.all(procs.map((p) => p.exited));
  await db.drop();
});

describe('process roles on PostgreSQL', () => {
  it('runs api and worker processes apart on one database', async () => {
    const env = {
      DATABASE_URL: db.url,
      DATA_DIR: 'memory://',
      AUTH_SECRET: 'a-shared-secret-of-at-least-32-characters',
      QUEUE_POLL_SECONDS: '0.5',
      HOST: '127.0.0.1',
      PORT: '0',
    };
    const migrate = runJobpilot(['migrate'], env);
    expect(await migrate.exited, migrate.output()).toBe(0);

    const apis = [runJobpilot(['api'], env), runJobpilot(['api'], env)];
    const worker = runJobpilot(['worker'], env);
    procs.push(...apis, worker);
    const ports = await Promise.all(
      apis.map(async (p) => (await waitForOutput(p.output, /listening on http:\/\/localhost:(\d+)/, p.child))[1]),
    );
    await waitForOutput(worker.output, /worker started/, worker.child);
    const [first, second] = ports.map((port) => `http://127.0.0.1:${port}/api/v1`);

    const registered = await fetch(`${first}/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'scale@example.com', password: 'a-long-enough-password', name: 'Scale' }),
    });
    const logs = () => procs.map((p) => p.output()).join('\n---\n');
    expect(registered.status, logs()).toBe(201);
    const { token } = ((await registered.json()) as { data: { token: string } }).data;

    const me = await fetch(`${second}/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(((await me.json()) as { data: { email: string } }).data.email).toBe('scale@example.com');

    await expect
      .poll(
        // The verification link is kept for the operator only (ADR 013), so it is read from the database.
        async () => {
          const client = new pg.Client({ connectionString: db.url });
          await client.connect();
          try {
            const { rows } = await client.query<{ subject: string }>(
              `select subject from mail_outbox where "to" = 'scale@example.com'`,
            );
            return rows.map((m) => m.subject);
          } finally {
            await client.end();
          }
        },
        { timeout: 15_000, interval: 250, message: logs() },
      )
      .toContain('Verify your email address for JobPilot');
    expect(worker.output(), logs()).toContain('"job":"mail.send"');
    for (const api of apis) expect(api.output()).not.toContain('"job":"mail.send"');
  });
});
