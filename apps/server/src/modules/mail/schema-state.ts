import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Db } from '#platform/db.ts';

const journalFile = fileURLToPath(new URL('../../../drizzle/meta/_journal.json', import.meta.url));

/** How many migrations this build ships (drizzle's journal). */
export function shippedMigrations(): number {
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}

/**
 * How many migrations the database has applied, read from drizzle's own record; 0 when it has none (a
 * database nobody migrated). Reads only: a command that must not change the schema asks this first.
 */
export async function appliedMigrations(db: Db): Promise<number> {
  const { rows } = (await db.execute(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as "present"`,
  )) as unknown as { rows: { present: boolean }[] };
  if (!rows[0]?.present) return 0;
  const counted = (await db.execute(
    sql`select count(*)::int as "applied" from drizzle.__drizzle_migrations`,
  )) as unknown as {
    rows: { applied: number }[];
  };
  return counted.rows[0]?.applied ?? 0;
}
