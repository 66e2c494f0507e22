import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';

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

describe('migration 0005: email and phone hidden unless chosen', () => {
  it('keeps showing them on profiles saved public before, hides them on the rest', { timeout: 120_000 }, async () => {
    const client = await PGlite.create({ extensions: { pg_trgm } });
    const db = drizzle(client);
    await migrate(db, { migrationsFolder: migrationsBefore('0005_contact_details_private') });
    await client.exec(`
      insert into users (id, name, email) values
        ('00000000-0000-4000-8000-000000000001', 'Saved Public', 'public@example.com'),
        ('00000000-0000-4000-8000-000000000002', 'Saved Private', 'private@example.com'),
        ('00000000-0000-4000-8000-000000000003', 'Never Saved', 'never@example.com');
      insert into profiles (user_id, phone, visibility) values
        ('00000000-0000-4000-8000-000000000001', '+1 555 010 2000', 'public'),
        ('00000000-0000-4000-8000-000000000002', '+1 555 010 3000', 'private');
    `);
    await migrate(db, { migrationsFolder: drizzleDir });
    const { rows } = await client.query<{ email: string; show_email: boolean | null; show_phone: boolean | null }>(
      `select u.email, p.show_email, p.show_phone from users u left join profiles p on p.user_id = u.id
       order by u.email`,
    );
    expect(rows).toEqual([
      { email: 'never@example.com', show_email: null, show_phone: null },
      { email: 'private@example.com', show_email: false, show_phone: false },
      { email: 'public@example.com', show_email: true, show_phone: true },
    ]);
    await client.exec(`insert into profiles (user_id) values ('00000000-0000-4000-8000-000000000003')`);
    const fresh = await client.query(`select show_email, show_phone from profiles where user_id::text like '%3'`);
    expect(fresh.rows).toEqual([{ show_email: false, show_phone: false }]);
    await client.close();
  });
});
