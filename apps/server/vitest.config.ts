import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    exclude: ['src/**/*.pg.test.ts', 'node_modules/**'],
    globalSetup: ['src/test/global-setup.ts'],
    setupFiles: ['src/test/setup.ts'],
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
