import { pino } from 'pino';
import { type Context, createContext } from '#app/context.ts';
import { type App, buildApp } from '#app/http.ts';
import { loggerOptions } from '#platform/logger.ts';
import { openTestDatabase, type TestApp } from './app.ts';

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
  const { config, database, drop } = await openTestDatabase({ LOG_LEVEL: 'info' });
  const lines: string[] = [];
  const log = pino(loggerOptions(config), { write: (line: string) => lines.push(line) });
  const ctx = await createContext(config, log, database ? { database } : {});
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
      await drop();
    },
  };
}
