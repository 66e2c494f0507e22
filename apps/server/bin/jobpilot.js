#!/usr/bin/env node
// The `jobpilot` command. Runs the compiled server (dist/, built by `npm run build`) when it is as new as the
// sources; otherwise the TypeScript sources through tsx's loader, as during development (ADR 002, ADR 022).
import { isCompiledFresh } from './compiled.js';

if (process.env.JOBPILOT_FROM_SOURCE !== '1' && isCompiledFresh()) {
  await import('../dist/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
