// A worker thread starts with plain Node. Compiled (dist/, ADR 022), worker.js is beside this file; from the
// sources (tests, `npm run dev`), register tsx's loader here first, then load the TypeScript entry.
import { existsSync } from 'node:fs';

const compiled = new URL('./worker.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./worker.ts');
}
