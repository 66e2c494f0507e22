import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { pino } from 'pino';
import { type Config, loadConfig } from '#platform/config.ts';
import { type Context, createContext } from '#platform/context.ts';
import { type App, buildApp } from '#platform/http/app.ts';

export interface TestApp {
  app: App;
  ctx: Context;
  close(): Promise<void>;
}

/**
 * A whole JobPilot on a fresh database: in-memory PGlite, or a new database on the PostgreSQL
 * server named by TEST_DATABASE_URL (dropped again on close). The mail job runs in-process.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const server = process.env.TEST_DATABASE_URL;
  const fresh = server ? await createDatabase(server) : undefined;
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: 'memory://',
    AUTH_RATE_LIMIT_MAX: '1000',
    QUEUE_POLL_SECONDS: '0.5',
    WEB_DIST: '/nonexistent',
    ...(fresh ? { DATABASE_URL: fresh.url } : {}),
    ...env,
  });
  const ctx = await createContext(config, pino({ level: 'silent' }));
  await ctx.queue.start({ work: true });
  const app = await buildApp(ctx);
  await app.ready();
  return {
    app,
    ctx,
    async close() {
      await app.close();
      await ctx.close();
      await fresh?.drop();
    },
  };
}

/** A new, empty database on the server at `serverUrl`; `drop()` removes it. */
export async function createDatabase(serverUrl: string) {
  const name = `jobpilot_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
