import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // Each module's tables live in its own *.table.ts files (ADR 016).
  schema: './src/modules/*/*.table.ts',
  out: './drizzle',
});
