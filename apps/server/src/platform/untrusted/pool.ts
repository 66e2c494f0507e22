import { availableParallelism } from 'node:os';
import { type TransferListItem, Worker } from 'node:worker_threads';
import { ErrorCode } from '@jobpilot/contracts';
import { AppError } from '#platform/http/errors.ts';
import type { ParseRunner, ParseTask, WireError } from './task.ts';

export interface ParsePoolOptions {
  /** Every task the pool may run; their modules are imported by each worker. */
  tasks: ParseTask<never, unknown>[];
  /** Workers at most (default: the cores, at most 4). */
  size?: number;
  /** Jobs waiting for a worker at most; one more is refused with 503 (default 16). */
  queueMax?: number;
  /** Wall time one job may take once its worker is ready (default 5 s). */
  timeoutMs?: number;
  /** Old-generation heap of one worker (default 256 MB). */
  memoryMb?: number;
}

/** The time a new worker gets to load its modules before the start counts as failed. */
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
const closed = () => new AppError(ErrorCode.Unavailable, 'The server is shutting down. Try again in a minute.');

function fromWire(wire: WireError): Error {
  if (wire.code) return new AppError(wire.code as ErrorCode, wire.message, wire.extra ?? {});
  const err = new Error(wire.message);
  err.name = wire.name;
  if (wire.stack) err.stack = wire.stack;
  return err;
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
 * "too complex". Workers start on first use; `close()` terminates them.
 *
 * @example
 * const pool = createParsePool({ tasks: [parseVcardTask] });
 * const cards = await pool.run(parseVcardTask, { text });
 */
export function createParsePool(options: ParsePoolOptions): ParseRunner & { close(): Promise<void> } {
  const size = options.size ?? Math.max(1, Math.min(availableParallelism(), 4));
  const queueMax = options.queueMax ?? 16;
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

  /** Takes a worker out of the pool (it died or ran over); its job, if any, fails with `err`. */
  function drop(slot: Slot, err: Error) {
    if (!slots.delete(slot)) return;
    // A worker that could not even start fails the job that was waiting for it, so a broken start
    // cannot turn into an endless loop of new workers.
    if (!slot.ready) queue.shift()?.reject(err);
    finish(slot, (job) => job.reject(err));
    void slot.worker.terminate();
    pump();
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
    worker.on('message', (message: { ready?: true; id?: number; ok?: boolean; value?: unknown; error?: WireError }) => {
      if (message.ready) {
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = null;
        slot.ready = true;
        pump();
        return;
      }
      if (slot.job?.id !== message.id) return;
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
    slot.timer = setTimeout(() => drop(slot, tooComplex('reading it takes too long')), timeoutMs);
    slot.worker.postMessage({ id: job.id, task: job.task, input: job.input }, job.transfer);
  }

  /** Hands waiting jobs to idle workers, starting new ones up to `size`. */
  function pump() {
    if (closing) return;
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.ready && !slot.job) start(slot, queue.shift() as Job);
    }
    const starting = [...slots].filter((s) => !s.ready).length;
    while (slots.size < size && queue.length > starting) spawn();
  }

  return {
    run<I, O>(task: ParseTask<I, O>, input: I, transfer: TransferListItem[] = []): Promise<O> {
      if (closing) return Promise.reject(closed());
      if (!names.has(task.name)) return Promise.reject(new Error(`The parse task ${task.name} is not registered`));
      if (queue.length >= queueMax) return Promise.reject(busy());
      return new Promise<O>((resolve, reject) => {
        queue.push({
          id: nextId++,
          task: task.name,
          input,
          transfer,
          resolve: resolve as (v: unknown) => void,
          reject,
        });
        pump();
      });
    },

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
