import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '#platform/errors.ts';
import { isParseTask, type ParseTask, type WireError } from './task.ts';

/** Inside a parse worker: imports the modules that declare tasks, then runs one job per message. */
interface Job {
  id: number;
  task: string;
  input: unknown;
}

const modules = (workerData as { modules: string[] }).modules;
const tasks = new Map<string, ParseTask<unknown, unknown>>();
for (const url of modules) {
  const exported: Record<string, unknown> = await import(url);
  for (const value of Object.values(exported)) if (isParseTask(value)) tasks.set(value.name, value);
}

function toWire(err: unknown): WireError {
  if (err instanceof AppError) {
    return {
      name: err.name,
      message: err.message,
      code: err.code,
      extra: { field: err.extra.field, details: err.extra.details },
    };
  }
  const e = err instanceof Error ? err : new Error(String(err));
  return { name: e.name, message: e.message, stack: e.stack };
}

const port = parentPort;
if (!port) throw new Error('worker.ts runs inside a worker thread');
const loaded = new Set<string>();
port.on('message', async (job: Job) => {
  const task = tasks.get(job.task);
  try {
    if (!task) throw new Error(`No parse task named ${job.task} is registered in the worker`);
    // The job's clock starts when the task's code is loaded (see ParseTask.load).
    if (task.load && !loaded.has(task.name)) {
      await task.load();
      loaded.add(task.name);
    }
    port.postMessage({ id: job.id, started: true });
    port.postMessage({ id: job.id, ok: true, value: await task.run(job.input) });
  } catch (err) {
    port.postMessage({ id: job.id, ok: false, error: toWire(err) });
  }
});
port.postMessage({ ready: true });
