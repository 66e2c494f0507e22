import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '#platform/http/errors.ts';
import { createParsePool } from './pool.ts';
import { crashTask, echoTask, hoardMemoryTask, loopForeverTask, refuseTask } from './test-tasks.ts';

const tasks = [echoTask, loopForeverTask, hoardMemoryTask, refuseTask, crashTask];
let pool: ReturnType<typeof createParsePool> | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('parse pool', () => {
  it('runs a task in a worker thread and returns its result', async () => {
    pool = createParsePool({ tasks, size: 1 });
    expect(await pool.run(echoTask, { text: 'ann' })).toEqual({ length: 3, upper: 'ANN' });
  });

  it('cuts a task that never ends at its time limit, and the next job is served by a new worker', async () => {
    pool = createParsePool({ tasks, size: 1, timeoutMs: 300 });
    await pool.run(echoTask, { text: 'warm' });
    const stuck = pool.run(loopForeverTask, null);
    const next = pool.run(echoTask, { text: 'after' });
    await expect(stuck).rejects.toMatchObject({ code: 'VALIDATION_FAILED', statusCode: 422, extra: { field: 'file' } });
    await expect(stuck).rejects.toThrow('This file is too complex to read (reading it takes too long)');
    expect(await next).toEqual({ length: 5, upper: 'AFTER' });
  });

  it('answers 422 when a task runs out of its heap, and keeps serving', async () => {
    pool = createParsePool({ tasks, size: 1, memoryMb: 32, timeoutMs: 20_000 });
    await expect(pool.run(hoardMemoryTask, null)).rejects.toThrow('it needs too much memory');
    expect(await pool.run(echoTask, { text: 'ok' })).toEqual({ length: 2, upper: 'OK' });
  });

  it('passes an AppError through with its code and field; any other error stays an error', async () => {
    pool = createParsePool({ tasks, size: 1 });
    const refused = await pool.run(refuseTask, { field: 'csv' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ message: 'The file says no', statusCode: 422, extra: { field: 'csv' } });
    const crashed = await pool.run(crashTask, null).catch((e: unknown) => e);
    expect(crashed).not.toBeInstanceOf(AppError);
    expect(crashed).toMatchObject({ name: 'TypeError', message: 'a bug in a parser' });
  });

  it('refuses with 503 once the queue is full, and runs what it accepted', async () => {
    pool = createParsePool({ tasks, size: 1, queueMax: 2 });
    const accepted = [pool.run(echoTask, { text: 'a' }), pool.run(echoTask, { text: 'b' })];
    await expect(pool.run(echoTask, { text: 'c' })).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      statusCode: 503,
      message: 'The server is busy reading other files. Try again in a minute.',
    });
    expect((await Promise.all(accepted)).map((r) => r.upper)).toEqual(['A', 'B']);
  });

  it('refuses tasks it was not given, and every job after close', async () => {
    pool = createParsePool({ tasks: [echoTask], size: 1 });
    await expect(pool.run(refuseTask, { field: 'x' })).rejects.toThrow('The parse task test.refuse is not registered');
    const running = pool.run(echoTask, { text: 'late' }).catch((e: unknown) => e);
    await pool.close();
    expect(await running).toMatchObject({
      statusCode: 503,
      message: 'The server is shutting down. Try again in a minute.',
    });
    await expect(pool.run(echoTask, { text: 'x' })).rejects.toThrow('The server is shutting down');
  });
});
