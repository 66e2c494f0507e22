import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { MEMORY_DATA_DIR } from './config.ts';
import { lockDataDir } from './pglite-lock.ts';
/** The Drizzle client every repository takes: the same type on PGlite and on node-postgres. */
export type Db = PgDatabase<PgQueryResultHKT>;

/** Raw SQL for pg-boss: parameterised statements through `query`, multi-statement scripts through `exec`. */
export type ExecuteSql = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** Set on PGlite only; on PostgreSQL pg-boss opens its own pool from the URL. */
  executeSql?: ExecuteSql;
  /** Set on PGlite only: the data directory as a tarball, which `loadDataDir` opens again as a copy. */
  dumpDataDir?(): Promise<Blob>;
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Opens PGlite in `dataDir/pg` (or in memory) unless a PostgreSQL URL is given. */
export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir: string;
  poolSize?: number;
  /** PGlite only: start from this data-directory tarball (from `dumpDataDir`) instead of an empty database. */
  loadDataDir?: Blob;
}): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize ?? 10);
  return openPglite(opts.dataDir, opts.loadDataDir);
}

/**
 * PGlite keeps PostgreSQL's shared buffers in its WebAssembly memory, and its default of 128 MB was most of an idle
 * server's memory (ADR 022). 32 MB (4,096 pages) holds a personal tracker's working set many times over; reads past
 * it come from the operating system's file cache.
 */
const PGLITE_START = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/** PGlite allows one process per directory: the lock (`DATA_DIR/pg.lock`) refuses a second with DatabaseLockedError. */
async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  let path: string | undefined;
  let release = () => {};
  if (dataDir !== MEMORY_DATA_DIR) {
    path = join(dataDir, 'pg');
    mkdirSync(path, { recursive: true });
    release = lockDataDir(dataDir);
  }
  let client: PGlite;
  const options = { extensions: { pg_trgm }, loadDataDir, startParams: PGLITE_START };
  try {
    const creating = path !== undefined && !loadDataDir && !existsSync(join(path, 'PG_VERSION'));
    client = await PGlite.create(path, options);
    // Creating the database (initdb) leaves about 150 MB behind that PGlite never gives back; opening the new
    // directory again starts clean (ADR 022).
    if (creating) {
      await client.close();
      client = await PGlite.create(path, options);
    }
  } catch (err) {
    release();
    throw err;
  }
  const db = drizzlePglite(client) as unknown as Db;
  const executeSql: ExecuteSql = async (text, values) => {
    if (values && values.length > 0) return client.query(text, values);
    const results = await client.exec(text);
    return results.at(-1) ?? { rows: [] };
  };
  return {
    kind: 'pglite',
    db,
    executeSql,
    dumpDataDir: () => client.dumpDataDir('none'),
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    ping: async () => {
      await client.query('select 1');
    },
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => {
    // An idle client dropped by the server: the pool replaces it on next use.
  });
  const db = drizzlePg(pool) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    migrate: () => migratePostgres(pool),
    ping: async () => {
      await pool.query('select 1');
    },
    close: () => pool.end(),
  };
}

/** Several API processes may start at once: an advisory lock lets one migrate while the others wait. */
async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

const MIGRATION_LOCK = 7_240_117;

/**
 * A repository's `transaction`: runs `fn` with the repository rebuilt on one transaction, and the transaction
 * itself (for another module's write or an event's durable job in the same commit).
 *
 * @example
 * transaction: transactional(db, createThingsRepository),
 */
export function transactional<R>(db: Db, make: (db: Db) => R) {
  return <T>(fn: (repository: R, tx: Db) => Promise<T>): Promise<T> =>
    db.transaction((tx) => fn(make(tx as unknown as Db), tx as unknown as Db));
}
