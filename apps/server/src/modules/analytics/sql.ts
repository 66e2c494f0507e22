import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '#platform/db.ts';

/**
 * Rows of a raw statement. node-postgres and PGlite both answer `{ rows }`; the statements cast every value to
 * int, float8, text or boolean so that both drivers parse them alike (no bigint-as-string surprises).
 */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** `('a', 'b')` for a fixed list of status constants from the contracts (never user input). */
export const statusList = (values: readonly string[]) => sql.raw(`(${values.map((v) => `'${v}'`).join(', ')})`);
