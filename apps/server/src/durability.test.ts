import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '#test/client.ts';
import { runJobpilot, seedDataDir, waitForOutput } from '#test/process.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'jobpilot-durability-'));
const running: ReturnType<typeof runJobpilot>[] = [];
afterAll(async () => {
  for (const proc of running)
    if (proc.child.exitCode === null && proc.child.signalCode === null) proc.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** `jobpilot serve` on PGlite in the test's DATA_DIR; resolves with its base URL once it listens. */
async function serve() {
  const proc = runJobpilot(['serve'], { DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' });
  running.push(proc);
  const [, port] = await waitForOutput(proc.output, /listening on http:\/\/localhost:(\d+)/, proc.child, 150_000);
  return { proc, base: `http://127.0.0.1:${port}` };
}

/** Writes applications from a few concurrent writers until killed; every 201's id is recorded as acknowledged. */
function writeLoop(base: string, token: string, round: number, acknowledged: Map<string, string>) {
  let stopped = false;
  let n = 0;
  const writer = async () => {
    while (!stopped) {
      n += 1;
      const company = `Durable ${round}-${n}`;
      try {
        const res = await fetch(`${base}/api/v1/applications`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ company, position: 'Engineer' }),
        });
        if (res.status === 201) acknowledged.set(((await res.json()) as { data: { id: string } }).data.id, company);
      } catch {
        return; // the server is gone: whatever was in flight was never acknowledged
      }
    }
  };
  const writers = Promise.all([writer(), writer(), writer(), writer()]);
  return {
    async stop() {
      stopped = true;
      await writers;
    },
  };
}

/** Kills the server with SIGKILL once `count` more writes of the loop were acknowledged, mid-loop. */
async function killAfter(proc: ReturnType<typeof runJobpilot>, acknowledged: Map<string, string>, count: number) {
  const target = acknowledged.size + count;
  while (acknowledged.size < target) {
    if (proc.child.exitCode !== null) throw new Error(`the server exited early:\n${proc.output()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  proc.child.kill('SIGKILL');
  await proc.exited;
}

// Each start transpiles the sources and opens PGlite: seconds when the machine is idle, 25–45 s when it is busy.
describe('durability on PGlite', () => {
  it('keeps every acknowledged write through two SIGKILLs during a write loop', async () => {
    const acknowledged = new Map<string, string>();
    // Each start is on a directory that holds a database already: the first from the run's migrated snapshot.
    await seedDataDir(dataDir);
    let server = await serve();
    const register = await fetch(`${server.base}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'durable@example.com', password: PASSWORD, name: 'Durable Writer' }),
    });
    expect(register.status).toBe(201);
    const { token } = ((await register.json()) as { data: { token: string } }).data;

    for (const round of [1, 2]) {
      const loop = writeLoop(server.base, token, round, acknowledged);
      await killAfter(server.proc, acknowledged, 40);
      await loop.stop();
      expect(server.proc.child.signalCode).toBe('SIGKILL');
      // The same DATA_DIR again: a lock left by the killed process must not keep the server from starting.
      server = await serve();
    }

    const lost: string[] = [];
    for (const [id, company] of acknowledged) {
      const res = await fetch(`${server.base}/api/v1/applications/${id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await res.json()) as { data?: { company: string } };
      if (res.status !== 200 || body.data?.company !== company) lost.push(`${id} (${company}): ${res.status}`);
    }
    console.info(`durability: ${acknowledged.size} acknowledged writes over 2 SIGKILLs, ${lost.length} lost`);
    expect(lost).toEqual([]);
    expect(acknowledged.size).toBeGreaterThanOrEqual(80);
    server.proc.child.kill('SIGTERM');
    expect(await server.proc.exited).toBe(0);
  }, 400_000);
});
