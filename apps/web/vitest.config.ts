import { defineConfig } from 'vitest/config';

/** Pure helpers of the web app (formatting, URL search schemas, form errors, the feature list): no DOM needed. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
  },
});
