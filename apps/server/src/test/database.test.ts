import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { registerUser } from '#test/client.ts';

const journal = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../drizzle/meta/_journal.json', import.meta.url)), 'utf8'),
) as { entries: unknown[] };

async function rows<T>(t: TestApp, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await t.ctx.database.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

/** Every table and column of the app's schemas and pg-boss's, and the extensions: what migrating produces. */
const shape = (t: TestApp) =>
  rows<{ item: string }>(
    t,
    sql`select table_schema || '.' || table_name || '.' || column_name || ' ' || data_type as item
        from information_schema.columns where table_schema in ('public', 'drizzle', 'pgboss')
        union all select 'extension ' || extname from pg_extension
        order by item`,
  );

let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  [a, b] = await Promise.all([createTestApp(), createTestApp()]);
});
afterAll(async () => {
  await Promise.all([a.close(), b.close()]);
});

describe('test databases: migrated once per run, copied per test app', () => {
  it('the run prepared one migrated database for the test files to copy', () => {
    const source = inject('migratedSource');
    expect(source.kind).toBe(process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
  });

  it('a copy has every migration applied, so migrating again at start changes nothing', async () => {
    const count = sql`select count(*)::int as n from drizzle.__drizzle_migrations`;
    expect(await rows(a, count)).toEqual([{ n: journal.entries.length }]);
    const before = await shape(a);
    await a.ctx.database.migrate();
    expect(await rows(a, count)).toEqual([{ n: journal.entries.length }]);
    expect(await shape(a)).toEqual(before);
  });

  it('two apps of one file have databases of their own', async () => {
    const user = await registerUser(a);
    const find = sql`select count(*)::int as n from users where email = ${user.email}`;
    expect(await rows(a, find)).toEqual([{ n: 1 }]);
    expect(await rows(b, find)).toEqual([{ n: 0 }]);
  });

  it('a fresh database, migrated from nothing, has the same tables, columns and extensions as a copy', async () => {
    const fresh = await createTestApp({}, { fresh: true });
    try {
      expect(await shape(fresh)).toEqual(await shape(b));
    } finally {
      await fresh.close();
    }
  });
});
