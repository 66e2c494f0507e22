import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { pino } from 'pino';
import { createContext } from '#app/context.ts';
import { type Config, loadConfig } from '#platform/config.ts';
import { type Database, openDatabase } from '#platform/db.ts';

/**
 * What the test run's global setup prepared once, for every test file to copy: a PGlite data-directory
 * tarball (a file path), or a template database on the PostgreSQL server in TEST_DATABASE_URL.
 */
export type MigratedSource = { kind: 'pglite'; snapshotFile: string } | { kind: 'postgres'; template: string };

/** The settings every test app starts from; `env` overrides any of them. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: 'memory://',
    AUTH_RATE_LIMIT_MAX: '1000',
    QUEUE_POLL_SECONDS: '0.5',
    WEB_DIST: '/nonexistent',
    ...env,
  });
}

/**
 * Runs every migration and installs pg-boss (its schema, the queues and the schedules): the work each test app
 * would otherwise repeat. Closes the database, unless `database` is given (then the caller closes it).
 */
export async function migrateWhole(config: Config, database?: Database): Promise<void> {
  const kept = database ? { database: { ...database, close: async () => {} } } : {};
  const ctx = await createContext(config, pino({ level: 'silent' }), kept);
  try {
    await ctx.queue.start({ work: false });
  } finally {
    await ctx.close();
  }
}

/** A migrated in-memory PGlite as a tarball, for `openDatabase({ loadDataDir })`. */
export async function migratedSnapshot(): Promise<Blob> {
  const config = testConfig();
  const database = await openDatabase(config);
  try {
    await migrateWhole(config, database);
    const snapshot = await database.dumpDataDir?.();
    if (!snapshot) throw new Error('PGlite gave no data directory to dump.');
    return snapshot;
  } finally {
    await database.close();
  }
}

let snapshotRead: Promise<Blob> | undefined;

/** The snapshot file read once per test file; every app of the file opens its own copy of it. */
export function readSnapshot(file: string): Promise<Blob> {
  snapshotRead ??= readFile(file).then((bytes) => new Blob([bytes]));
  return snapshotRead;
}

/**
 * A new database on the server at `serverUrl`, empty or copied from `template`; `drop()` removes it.
 * A copy is a file copy on the server: far faster than running the migrations again.
 */
export async function createDatabase(serverUrl: string, opts: { name?: string; template?: string } = {}) {
  const name = opts.name ?? `jobpilot_test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, `create database ${name}${opts.template ? ` template ${opts.template}` : ''}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}
