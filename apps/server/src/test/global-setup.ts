import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDatabase, type MigratedSource, migratedSnapshot, migrateWhole, testConfig } from './database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated database this run prepared once; each test file's apps open copies of it. */
    migratedSource: MigratedSource;
  }
}

/**
 * Migrates once per test run: a PGlite snapshot in a temporary file, or a template database on the PostgreSQL
 * server in TEST_DATABASE_URL. Returns the teardown that removes it again.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const template = await createDatabase(server, { name: `jobpilot_template_${randomBytes(6).toString('hex')}` });
    try {
      await migrateWhole(testConfig({ DATABASE_URL: template.url }));
    } catch (err) {
      await template.drop();
      throw err;
    }
    project.provide('migratedSource', { kind: 'postgres', template: template.name });
    return () => template.drop();
  }
  const dir = await mkdtemp(join(tmpdir(), 'jobpilot-test-db-'));
  const snapshotFile = join(dir, 'migrated.tar');
  await writeFile(snapshotFile, Buffer.from(await (await migratedSnapshot()).arrayBuffer()));
  project.provide('migratedSource', { kind: 'pglite', snapshotFile });
  return () => rm(dir, { recursive: true, force: true });
}
