import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase } from '#test/database.ts';

const drizzleDir = fileURLToPath(new URL('../../../drizzle', import.meta.url));
const before = mkdtempSync(join(tmpdir(), 'jobpilot-migrations-'));
afterAll(() => rmSync(before, { recursive: true, force: true }));

/** The migrations folder as it was before `tag`: same files, journal cut just before it. */
function migrationsBefore(tag: string): string {
  cpSync(drizzleDir, before, { recursive: true });
  const journalFile = join(before, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag === tag);
  expect(at).toBeGreaterThan(0);
  writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return before;
}

interface Target {
  migrate(folder: string): Promise<void>;
  exec(sql: string): Promise<unknown>;
  query<R>(sql: string): Promise<{ rows: R[] }>;
  close(): Promise<void>;
}

/** An empty database: a fresh PGlite, or (in the PostgreSQL suite) a new database on TEST_DATABASE_URL's server. */
async function emptyDatabase(): Promise<Target> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    const client = await PGlite.create({ extensions: { pg_trgm } });
    return {
      migrate: (folder) => migrate(drizzle(client), { migrationsFolder: folder }),
      exec: (sql) => client.exec(sql),
      query: (sql) => client.query(sql),
      close: () => client.close(),
    };
  }
  const database = await createDatabase(server);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  return {
    migrate: (folder) => migratePg(drizzlePg(client), { migrationsFolder: folder }),
    exec: (sql) => client.query(sql),
    query: async <R>(sql: string) => (await client.query(sql)) as unknown as { rows: R[] },
    close: async () => {
      await client.end();
      await database.drop();
    },
  };
}

describe('migration 0005: email and phone hidden unless chosen', () => {
  it('keeps showing them on profiles saved public through the form, hides them on the rest (résumé-only rows too)', {
    timeout: 120_000,
  }, async () => {
    const client = await emptyDatabase();
    await client.migrate(migrationsBefore('0005_contact_details_private'));
    await client.exec(`
      insert into users (id, name, email) values
        ('00000000-0000-4000-8000-000000000001', 'Saved Public', 'public@example.com'),
        ('00000000-0000-4000-8000-000000000002', 'Saved Private', 'private@example.com'),
        ('00000000-0000-4000-8000-000000000003', 'Never Saved', 'never@example.com'),
        ('00000000-0000-4000-8000-000000000004', 'Resume Only', 'resume@example.com'),
        ('00000000-0000-4000-8000-000000000005', 'Skills Only', 'skills@example.com');
      insert into profiles (user_id, phone, visibility) values
        ('00000000-0000-4000-8000-000000000001', '+1 555 010 2000', 'public'),
        ('00000000-0000-4000-8000-000000000002', '+1 555 010 3000', 'private');
      -- What PUT /profile/resume leaves for someone who never opened the form: the public default, nothing else.
      insert into profiles (user_id) values ('00000000-0000-4000-8000-000000000004');
      insert into profiles (user_id, skills, visibility) values
        ('00000000-0000-4000-8000-000000000005', '{TypeScript}', 'public');
    `);
    await client.migrate(drizzleDir);
    const { rows } = await client.query<{ email: string; show_email: boolean | null; show_phone: boolean | null }>(
      `select u.email, p.show_email, p.show_phone from users u left join profiles p on p.user_id = u.id
       order by u.email`,
    );
    expect(rows).toEqual([
      { email: 'never@example.com', show_email: null, show_phone: null },
      { email: 'private@example.com', show_email: false, show_phone: false },
      { email: 'public@example.com', show_email: true, show_phone: true },
      { email: 'resume@example.com', show_email: false, show_phone: false },
      { email: 'skills@example.com', show_email: true, show_phone: true },
    ]);
    await client.exec(`insert into profiles (user_id) values ('00000000-0000-4000-8000-000000000003')`);
    const fresh = await client.query(`select show_email, show_phone from profiles where user_id::text like '%3'`);
    expect(fresh.rows).toEqual([{ show_email: false, show_phone: false }]);
    await client.close();
  });
});
