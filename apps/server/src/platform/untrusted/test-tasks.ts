import { ErrorCode } from '@jobpilot/contracts';
import { AppError } from '#platform/errors.ts';
import { defineParseTask } from './task.ts';

/** Tasks that misbehave on purpose, for the pool's tests. */
export const echoTask = defineParseTask(import.meta.url, 'test.echo', (input: { text: string }) => ({
  length: input.text.length,
  upper: input.text.toUpperCase(),
}));

export const loopForeverTask = defineParseTask(import.meta.url, 'test.loop-forever', (_: null) => {
  for (;;) {
    // a parser stuck on its input
  }
});

export const hoardMemoryTask = defineParseTask(import.meta.url, 'test.hoard-memory', (_: null) => {
  const kept: string[][] = [];
  for (;;) kept.push(Array.from({ length: 100_000 }, (_, i) => `row ${i} of ${kept.length}`));
});

export const refuseTask = defineParseTask(import.meta.url, 'test.refuse', (input: { field: string }) => {
  throw new AppError(ErrorCode.ValidationFailed, 'The file says no', { field: input.field });
});

export const crashTask = defineParseTask(import.meta.url, 'test.crash', (_: null) => {
  throw new TypeError('a bug in a parser');
});

/** Loads slowly (a large library on a busy machine) and then answers at once. */
export const slowLoadTask = defineParseTask(
  import.meta.url,
  'test.slow-load',
  (input: { text: string }) => input.text.length,
  { load: () => new Promise((resolve) => setTimeout(resolve, 600)) },
);
