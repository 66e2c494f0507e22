import { pino } from 'pino';
import { inject } from 'vitest';
import { type Context, createContext } from '#app/context.ts';
import { type App, buildApp } from '#app/http.ts';
import type { Config } from '#platform/config.ts';
import { type Database, openDatabase } from '#platform/db.ts';
import { createDatabase, readSnapshot, testConfig } from './database.ts';

export { createDatabase } from './database.ts';

export interface TestApp {
  app: App;
  ctx: Context;
  close(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** An empty database that the app migrates from scratch, instead of a copy of the run's migrated one. */
  fresh?: boolean;
}

/**
 * A whole JobPilot on its own database: in-memory PGlite, or a new database on the PostgreSQL server named by
 * TEST_DATABASE_URL (dropped again on close). The database is a copy of the one the run's global setup migrated
 * (src/test/global-setup.ts), so the migrations run at start find nothing to do. The mail job runs in-process.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  opts: TestDatabaseOptions = {},
): Promise<TestApp> {
  const { config, database, drop } = await openTestDatabase(env, opts);
  const ctx = await createContext(config, pino({ level: 'silent' }), database ? { database } : {});
  await ctx.queue.start({ work: true });
  const app = await buildApp(ctx);
  await app.ready();
  return {
    app,
    ctx,
    async close() {
      await app.close();
      await ctx.close();
      await drop();
    },
  };
}

/**
 * The config of a test app and the database it runs on: on PGlite an opened copy of the run's snapshot, on
 * PostgreSQL a database made from the run's template (in `config.databaseUrl`); `drop()` removes the latter.
 */
export async function openTestDatabase(
  env: Record<string, string> = {},
  opts: TestDatabaseOptions = {},
): Promise<{ config: Config; database?: Database; drop(): Promise<void> }> {
  const source = opts.fresh ? undefined : inject('migratedSource');
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const template = source?.kind === 'postgres' ? source.template : undefined;
    const copy = await createDatabase(server, template ? { template } : {});
    return { config: testConfig({ DATABASE_URL: copy.url, ...env }), drop: copy.drop };
  }
  const config = testConfig(env);
  const loadDataDir = source?.kind === 'pglite' ? await readSnapshot(source.snapshotFile) : undefined;
  const database = await openDatabase({ ...config, ...(loadDataDir ? { loadDataDir } : {}) });
  return { config, database, drop: async () => {} };
}
