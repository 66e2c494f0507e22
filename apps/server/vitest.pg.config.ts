import { defineConfig } from 'vitest/config';

/**
 * The route suites and the cross-user walk again, each file on its own database of the PostgreSQL server in
 * TEST_DATABASE_URL, copied from the template the global setup migrated once.
 */
export default defineConfig({
  test: {
    include: [
      'src/**/*.routes.test.ts',
      'src/**/*.pg.test.ts',
      'src/test/security/cross-user.test.ts',
      'src/test/database.test.ts',
      'src/platform/events.test.ts',
      'src/modules/admin/admin.routes.test.ts',
      'src/modules/profiles/profiles.migration.test.ts',
    ],
    globalSetup: ['src/test/global-setup.ts'],
    setupFiles: ['src/test/setup.ts', 'src/test/require-postgres.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one on this 2-core machine, so the files ran in turn.
    // Most of a route file's time is CPU on its own in-process database, so two files at once use both cores.
    maxWorkers: 2,
    // A worker keeps its imports from one file to the next (the app's module graph is most of a file's start-up);
    // each file still gets its own app and database, and setupFiles run again for each.
    isolate: false,
  },
});
