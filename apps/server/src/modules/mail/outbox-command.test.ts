import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { testConfig } from '#test/database.ts';
import { OutboxCommandError, runOutbox } from './outbox-command.ts';
import { shippedMigrations } from './schema-state.ts';

const work = mkdtempSync(join(tmpdir(), 'jobpilot-outbox-cmd-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The migrations folder with its journal cut to the first `n` entries: an older JobPilot's. */
function olderMigrations(n: number): string {
  const folder = join(work, 'drizzle');
  cpSync(fileURLToPath(new URL('../../../drizzle', import.meta.url)), folder, { recursive: true });
  const file = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(file, 'utf8')) as { entries: unknown[] };
  writeFileSync(file, JSON.stringify({ ...journal, entries: journal.entries.slice(0, n) }));
  return folder;
}

const appliedIn = async (dataDir: string) => {
  const client = await PGlite.create(join(dataDir, 'pg'), { extensions: { pg_trgm } });
  try {
    const { rows } = await client.query<{ n: number }>('select count(*)::int as n from drizzle.__drizzle_migrations');
    return rows[0]?.n;
  } finally {
    await client.close();
  }
};

describe('jobpilot outbox on a database behind this build', () => {
  it('says to migrate first and leaves the schema as it found it', { timeout: 120_000 }, async () => {
    const dataDir = join(work, 'data');
    const older = shippedMigrations() - 1;
    mkdirSync(join(dataDir, 'pg'), { recursive: true });
    const client = await PGlite.create(join(dataDir, 'pg'), { extensions: { pg_trgm } });
    await migrate(drizzle(client), { migrationsFolder: olderMigrations(older) });
    await client.close();

    const config = testConfig({ DATA_DIR: dataDir });
    const run = runOutbox(config, { limit: 20 });
    await expect(run).rejects.toBeInstanceOf(OutboxCommandError);
    await expect(run).rejects.toThrow('Run `npx jobpilot migrate` first');
    expect(await appliedIn(dataDir)).toBe(older);
  });
});
