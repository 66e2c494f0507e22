/**
 * One benchmark target in its own process, so the server and the load generator each get a core.
 * `bare`: a Fastify hello-world. `jobpilot`: the whole JobPilot API (as `jobpilot serve` builds it) on
 * PGlite in a fresh temporary DATA_DIR, or on the fresh PostgreSQL database named by DATABASE_URL;
 * one registered user with SEED_COUNT applications (SEED_KIND=tracker: the tracker benchmark's data, see
 * tracker-seed.ts).
 *
 * Talks to run.ts over IPC: sends `ready` (url, token), answers `stats` with its memory use, and
 * closes everything on `close` or when the parent goes away.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { pino } from 'pino';
import { createContext } from '../../apps/server/src/app/context.ts';
import { buildApp } from '../../apps/server/src/app/http.ts';
import { loadConfig } from '../../apps/server/src/platform/config.ts';
import type { Db } from '../../apps/server/src/platform/db.ts';
import { loggerOptions } from '../../apps/server/src/platform/logger.ts';
import type { FromParent, ToParent } from './protocol.ts';
import { seedApplications } from './seed.ts';
import { seedTracker } from './tracker-seed.ts';

const send = (message: ToParent) => process.send?.(message);
let cleanup: () => Promise<void> = async () => undefined;

async function startBare() {
  const app = Fastify({ logger: false });
  app.get('/hello', async () => ({ hello: 'world' }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  cleanup = async () => {
    await app.close();
  };
  send({ type: 'ready', url: `http://127.0.0.1:${port(app.server.address())}`, database: 'none' });
}

async function startJobPilot() {
  const tempDir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'jobpilot-bench-'));
  const removeTempDir = () => {
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };
  cleanup = async () => removeTempDir();
  const config = loadConfig({
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: tempDir ?? 'memory://',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    AUTH_RATE_LIMIT_MAX: '1000',
    WEB_DIST: '/nonexistent',
  });
  const log = pino(loggerOptions(config));
  const ctx = await createContext(config, log);
  cleanup = async () => {
    await ctx.close();
    removeTempDir();
  };
  await ctx.queue.start({ work: true });
  const app = await buildApp(ctx);
  cleanup = async () => {
    await app.close();
    await ctx.close();
    removeTempDir();
  };
  await app.listen({ host: config.host, port: config.port });

  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email: 'bench@example.com', password: 'correct-horse-battery', name: 'Bench User' },
  });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.statusCode} ${res.body}`);
  const { data } = res.json<{ data: { token: string; user: { id: string } } }>();
  if (process.env.SEED_KIND === 'tracker') await seedTrackerUsers(app, ctx.database.db, data.user.id);
  else await seedApplications(ctx.database.db, data.user.id, Number(process.env.SEED_COUNT ?? 1000));
  send({
    type: 'ready',
    url: `http://127.0.0.1:${port(app.server.address())}`,
    token: data.token,
    userId: data.user.id,
    database: ctx.database.kind,
  });
}

/**
 * The tracker benchmark's data: SEED_COUNT applications, SEED_INTERVIEWS interviews and SEED_TASKS tasks for
 * the bench user, and a fifth of each for a second user, so every query must filter by owner.
 */
async function seedTrackerUsers(app: Awaited<ReturnType<typeof buildApp>>, db: Db, userId: string) {
  const counts = {
    applications: Number(process.env.SEED_COUNT ?? 10_000),
    interviews: Number(process.env.SEED_INTERVIEWS ?? 2_000),
    tasks: Number(process.env.SEED_TASKS ?? 1_000),
  };
  const other = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { email: 'other@example.com', password: 'correct-horse-battery', name: 'Other User' },
  });
  if (other.statusCode !== 201) throw new Error(`register failed: ${other.statusCode} ${other.body}`);
  const otherId = other.json<{ data: { user: { id: string } } }>().data.user.id;
  await seedTracker(db, userId, counts);
  const fifth = (n: number) => Math.ceil(n / 5);
  await seedTracker(
    db,
    otherId,
    { applications: fifth(counts.applications), interviews: fifth(counts.interviews), tasks: fifth(counts.tasks) },
    11,
  );
  // What autovacuum would do soon after such a burst of inserts; keeps the query plans stable across runs.
  await db.execute('analyze');
}

function port(address: ReturnType<import('node:net').Server['address']>): number {
  if (!address || typeof address === 'string') throw new Error('server is not listening on a TCP port');
  return address.port;
}

let closing = false;
async function close(code: number) {
  if (closing) return;
  closing = true;
  const timer = setTimeout(() => process.exit(code || 1), 15_000).unref();
  try {
    await cleanup();
  } catch (err) {
    process.stderr.write(`target close failed: ${String(err)}\n`);
    code ||= 1;
  }
  clearTimeout(timer);
  process.exit(code);
}

process.on('message', (message: FromParent) => {
  if (message.type === 'stats') {
    const { rss, heapUsed } = process.memoryUsage();
    const { user, system } = process.cpuUsage();
    send({ type: 'stats', rss, heapUsed, cpuMicros: user + system, at: performance.timeOrigin + performance.now() });
  } else if (message.type === 'close') {
    void close(0);
  }
});
process.on('disconnect', () => void close(0));

try {
  if (process.argv[2] === 'bare') await startBare();
  else if (process.argv[2] === 'jobpilot') await startJobPilot();
  else throw new Error(`unknown target "${process.argv[2]}" (bare | jobpilot)`);
} catch (err) {
  send({ type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  await close(1);
}
