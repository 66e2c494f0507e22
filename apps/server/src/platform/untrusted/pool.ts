import { availableParallelism } from 'node:os';
import { type TransferListItem, Worker } from 'node:worker_threads';
import { ErrorCode } from '@jobpilot/contracts';
import { AppError } from '#platform/errors.ts';
import type { ParseRunner, ParseTask, WireError } from './task.ts';

export interface ParsePoolOptions {
  /** Every task the pool may run; their modules are imported by each worker. */
  tasks: ParseTask<never, unknown>[];
  /** Workers at most (default: one core fewer than the machine has, so the event loop keeps one; at most 4). */
  size?: number;
  /** Jobs waiting for a worker at most; one more is refused with 503 (default 16). */
  queueMax?: number;
  /** Jobs of one owner (a user id) running or waiting at most; one more is refused with 429 (default 2). */
  perOwnerMax?: number;
  /** Start one worker now rather than on first use, so the first upload after boot does not wait (default false). */
  warm?: boolean;
  /** Wall time one job may take once its worker is ready and its task loaded (default 5 s). */
  timeoutMs?: number;
  /** Old-generation heap of one worker (default 256 MB). */
  memoryMb?: number;
}

interface WorkerMessage {
  ready?: true;
  id?: number;
  started?: true;
  ok?: boolean;
  value?: unknown;
  error?: WireError;
}

/** The time a new worker gets to load its modules (or a task's lazy code) before the start counts as failed. */
const START_TIMEOUT_MS = 30_000;

const tooComplex = (why: string) =>
  new AppError(
    ErrorCode.ValidationFailed,
    `This file is too complex to read (${why}). Split it into smaller files or export it again.`,
    { field: 'file' },
  );
const busy = () =>
  new AppError(ErrorCode.Unavailable, 'The server is busy reading other files. Try again in a minute.', {
    headers: { 'retry-after': '30' },
  });
const ownerBusy = () =>
  new AppError(
    ErrorCode.RateLimited,
    'You are already importing two files. Wait for them to finish, then try this one again.',
    { headers: { 'retry-after': '10' } },
  );
const closed = () => new AppError(ErrorCode.Unavailable, 'The server is shutting down. Try again in a minute.');

function fromWire(wire: WireError): Error {
  if (wire.code) return new AppError(wire.code as ErrorCode, wire.message, wire.extra ?? {});
  const err = new Error(wire.message);
  err.name = wire.name;
  if (wire.stack) err.stack = wire.stack;
  return err;
}

export interface ParsePool extends ParseRunner {
  /** Workers started (ready or starting) and jobs waiting, for tests and diagnostics. */
  stats(): { workers: number; queued: number };
  close(): Promise<void>;
}

/** One worker per core but one, which the event loop keeps; at least one, at most 4. */
export function defaultPoolSize(cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores - 1, 4));
}

interface Job {
  id: number;
  task: string;
  input: unknown;
  transfer: TransferListItem[];
  resolve(value: unknown): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/**
 * Worker threads that parse untrusted documents off the event loop. Each job has a time limit (the
 * worker is terminated and replaced when it runs over) and each worker a heap limit; both answer 422
 * "too complex". Workers start on first use (one at once with `warm`); `close()` terminates them.
 * Jobs given an `owner` count against that owner's share, so one account cannot fill the queue.
 *
 * @example
 * const pool = createParsePool({ tasks: [parseVcardTask] });
 * const cards = await pool.run(parseVcardTask, { text });
 */
export function createParsePool(options: ParsePoolOptions): ParsePool {
  const size = options.size ?? defaultPoolSize();
  const queueMax = options.queueMax ?? 16;
  const perOwnerMax = options.perOwnerMax ?? 2;
  /** Jobs running or waiting, by owner. */
  const owned = new Map<string, number>();
  const timeoutMs = options.timeoutMs ?? 5_000;
  const memoryMb = options.memoryMb ?? 256;
  const names = new Set(options.tasks.map((t) => t.name));
  const modules = [...new Set(options.tasks.map((t) => t.url))];
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  let nextId = 1;
  let closing = false;

  function finish(slot: Slot, settle: (job: Job) => void) {
    const { job } = slot;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
    if (job) settle(job);
  }

  /** Counts a job of `owner` as running or waiting; the returned function ends that, once. */
  function own(owner: string | undefined): () => void {
    if (owner === undefined) return () => {};
    owned.set(owner, (owned.get(owner) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (owned.get(owner) ?? 1) - 1;
      if (left > 0) owned.set(owner, left);
      else owned.delete(owner);
    };
  }

  /** Takes a worker out of the pool (it died or ran over); its job, if any, fails with `err`. */
  function drop(slot: Slot, err: Error) {
    if (!slots.delete(slot)) return;
    // A worker that could not even start fails the job that was waiting for it, so a broken start
    // cannot turn into an endless loop of new workers.
    if (!slot.ready) queue.shift()?.reject(err);
    finish(slot, (job) => job.reject(err));
    void slot.worker.terminate();
    pump();
    // A warm pool replaces a worker it lost (a job ran over, ran out of heap), so the next upload does not
    // wait for a worker to load. Only one that had started: a broken start must not loop.
    if (options.warm && slot.ready && !closing && slots.size === 0) spawn();
  }

  function spawn(): Slot {
    const worker = new Worker(new URL('./worker-boot.js', import.meta.url), {
      workerData: { modules },
      // The parent's flags (a test runner's, `--input-type`) are not the worker's business.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, memoryMb / 4) },
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    slot.timer = setTimeout(() => drop(slot, new Error('A parse worker did not start in time')), START_TIMEOUT_MS);
    worker.on('message', (message: WorkerMessage) => {
      if (message.ready) {
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = null;
        slot.ready = true;
        pump();
        return;
      }
      if (slot.job?.id !== message.id) return;
      if (message.started) {
        // Its code is loaded: from now on the job's own limit.
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = setTimeout(() => drop(slot, tooComplex('reading it takes too long')), timeoutMs);
        return;
      }
      finish(slot, (job) =>
        message.ok ? job.resolve(message.value) : job.reject(fromWire(message.error ?? { name: 'Error', message: '' })),
      );
      pump();
    });
    worker.on('error', (err: Error & { code?: string }) => {
      drop(slot, err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooComplex('it needs too much memory') : err);
    });
    worker.on('exit', () => drop(slot, new Error('A parse worker stopped unexpectedly')));
    slots.add(slot);
    return slot;
  }

  function start(slot: Slot, job: Job) {
    slot.job = job;
    slot.worker.ref();
    // Until the worker says the job started, it is loading the task's code (ParseTask.load).
    slot.timer = setTimeout(
      () => drop(slot, new Error('A parse worker did not load its task in time')),
      START_TIMEOUT_MS,
    );
    slot.worker.postMessage({ id: job.id, task: job.task, input: job.input }, job.transfer);
  }

  /** Hands waiting jobs to idle workers, starting new ones up to `size`. */
  function pump() {
    if (closing) return;
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.ready && !slot.job) start(slot, queue.shift() as Job);
    }
    let starting = [...slots].filter((s) => !s.ready).length;
    while (slots.size < size && queue.length > starting) {
      spawn();
      starting++;
    }
  }

  if (options.warm) spawn();

  return {
    run<I, O>(task: ParseTask<I, O>, input: I, transfer: TransferListItem[] = [], owner?: string): Promise<O> {
      if (closing) return Promise.reject(closed());
      if (!names.has(task.name)) return Promise.reject(new Error(`The parse task ${task.name} is not registered`));
      if (owner !== undefined && (owned.get(owner) ?? 0) >= perOwnerMax) return Promise.reject(ownerBusy());
      if (queue.length >= queueMax) return Promise.reject(busy());
      const release = own(owner);
      return new Promise<O>((resolve, reject) => {
        queue.push({
          id: nextId++,
          task: task.name,
          input,
          transfer,
          resolve: (value) => {
            release();
            resolve(value as O);
          },
          reject: (err) => {
            release();
            reject(err);
          },
        });
        pump();
      });
    },

    stats: () => ({ workers: slots.size, queued: queue.length }),

    async close() {
      closing = true;
      for (const job of queue.splice(0)) job.reject(closed());
      const all = [...slots];
      slots.clear();
      await Promise.all(
        all.map((slot) => {
          finish(slot, (job) => job.reject(closed()));
          return slot.worker.terminate();
        }),
      );
    },
  };
}
