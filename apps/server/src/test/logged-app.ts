import { pino } from 'pino';
import { type Config, loadConfig } from '#platform/config.ts';
import { type Context, createContext } from '#platform/context.ts';
import { type App, buildApp } from '#platform/http/app.ts';
import { loggerOptions } from '#platform/logger.ts';
import { createDatabase, type TestApp } from './app.ts';

export interface LoggedTestApp extends TestApp {
  /** Every line the server logged so far, as written (JSON). */
  logText(): string;
  /** The same lines parsed, for asserting on fields. */
  logLines(): Record<string, unknown>[];
}

/**
 * Like `createTestApp`, but the server logs with the production logger options into memory, and `routes` can add
 * test-only routes before the app starts (e.g. one that makes the database fail).
 */
export async function createLoggedTestApp(routes: (app: App, ctx: Context) => void = () => {}): Promise<LoggedTestApp> {
  const server = process.env.TEST_DATABASE_URL;
  const fresh = server ? await createDatabase(server) : undefined;
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: 'memory://',
    AUTH_RATE_LIMIT_MAX: '1000',
    WEB_DIST: '/nonexistent',
    LOG_LEVEL: 'info',
    ...(fresh ? { DATABASE_URL: fresh.url } : {}),
  });
  const lines: string[] = [];
  const log = pino(loggerOptions(config), { write: (line: string) => lines.push(line) });
  const ctx = await createContext(config, log);
  const app = await buildApp(ctx);
  routes(app, ctx);
  await app.ready();
  return {
    app,
    ctx,
    logText: () => lines.join(''),
    logLines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    async close() {
      await app.close();
      await ctx.close();
      await fresh?.drop();
    },
  };
}
