import { defineConfig } from 'vitest/config';

/** The route suites and the cross-user walk again, each file on a fresh database of the PostgreSQL server in TEST_DATABASE_URL. */
export default defineConfig({
  test: {
    include: ['src/**/*.routes.test.ts', 'src/**/*.pg.test.ts', 'src/test/security/cross-user.test.ts'],
    setupFiles: ['src/test/setup.ts', 'src/test/require-postgres.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
