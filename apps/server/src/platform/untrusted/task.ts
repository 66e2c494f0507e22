import type { TransferListItem } from 'node:worker_threads';

/**
 * A named parse of untrusted input: a pure function from input to output that runs in a worker thread
 * (`createParsePool`). Input and output cross threads by structured clone, so both are plain data.
 */
export interface ParseTask<I, O> {
  readonly kind: 'untrusted-parse-task';
  /** Unique across the server, e.g. `contacts.parse`. */
  readonly name: string;
  /** The module that exports the task; the worker imports it to find `run`. */
  readonly url: string;
  /** May be async (a PDF reader is); the worker awaits it within the job's time limit. */
  run(input: I): O | Promise<O>;
  /**
   * Code the task imports on its first job rather than when a worker starts (a PDF library). A worker runs it
   * once, before the job's clock starts: loading is our cost, not the file's, and a busy machine must not turn
   * it into "takes too long". It has its own, longer limit (the worker start's).
   */
  load?: () => Promise<unknown>;
}

/**
 * Declares a task in the module that exports it (pass `import.meta.url`).
 *
 * @example
 * export const parseThingTask = defineParseTask(import.meta.url, 'things.parse', (text: string) => parse(text));
 */
export function defineParseTask<I, O>(
  url: string,
  name: string,
  run: (input: I) => O | Promise<O>,
  options: { load?: () => Promise<unknown> } = {},
): ParseTask<I, O> {
  return { kind: 'untrusted-parse-task', name, url, run, ...(options.load ? { load: options.load } : {}) };
}

export function isParseTask(value: unknown): value is ParseTask<unknown, unknown> {
  const task = value as ParseTask<unknown, unknown> | null;
  return typeof task === 'object' && task?.kind === 'untrusted-parse-task' && typeof task.run === 'function';
}

/** What services depend on: the pool, or `inThread` in unit tests and benchmarks. */
export interface ParseRunner {
  /** `owner` (a user id) bounds how many jobs one account may have running or waiting. */
  run<I, O>(task: ParseTask<I, O>, input: I, transfer?: TransferListItem[], owner?: string): Promise<O>;
}

/** Runs a task on the calling thread: for unit tests and for measuring the pool's overhead. */
export const inThread: ParseRunner = {
  run: async (task, input) => task.run(input),
};

/** An error as it crosses from the worker: an AppError keeps its code, message and extras. */
export interface WireError {
  name: string;
  message: string;
  stack?: string | undefined;
  code?: string | undefined;
  extra?: { field?: string; details?: unknown } | undefined;
}
