import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '#platform/errors.ts';
import { createParsePool, defaultPoolSize, type ParsePool } from './pool.ts';
import { crashTask, echoTask, hoardMemoryTask, loopForeverTask, refuseTask, slowLoadTask } from './test-tasks.ts';

const tasks = [echoTask, loopForeverTask, hoardMemoryTask, refuseTask, crashTask, slowLoadTask];
let pool: ParsePool | undefined;
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

  it("does not count a task's first load of its code against the job's time limit", async () => {
    pool = createParsePool({ tasks, size: 1, timeoutMs: 300 });
    // Loading takes 600 ms, twice the job's limit; the job itself is instant.
    expect(await pool.run(slowLoadTask, { text: 'first' })).toBe(5);
    expect(await pool.run(slowLoadTask, { text: 'again' })).toBe(5);
    // The limit still holds for the work itself.
    await expect(pool.run(loopForeverTask, null)).rejects.toThrow('reading it takes too long');
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

  it('leaves a core for the event loop: one worker per core but one, at least one, at most four', () => {
    expect([1, 2, 3, 8, 32].map((cores) => defaultPoolSize(cores))).toEqual([1, 1, 2, 4, 4]);
  });

  it('starts one worker for one waiting job, however many it may start', async () => {
    pool = createParsePool({ tasks, size: 4 });
    const first = pool.run(echoTask, { text: 'one' });
    expect(pool.stats()).toEqual({ workers: 1, queued: 1 });
    const second = pool.run(echoTask, { text: 'two' });
    expect(pool.stats()).toEqual({ workers: 2, queued: 2 });
    expect((await Promise.all([first, second])).map((r) => r.upper)).toEqual(['ONE', 'TWO']);
  });

  it('starts no worker until asked, or one at once when warm', async () => {
    pool = createParsePool({ tasks, size: 2 });
    expect(pool.stats().workers).toBe(0);
    await pool.close();
    pool = createParsePool({ tasks, size: 2, warm: true });
    expect(pool.stats()).toEqual({ workers: 1, queued: 0 });
    expect(await pool.run(echoTask, { text: 'warm' })).toEqual({ length: 4, upper: 'WARM' });
    expect(pool.stats().workers).toBe(1);
  });

  it('replaces a lost worker at once when warm, so the next job finds one loaded', async () => {
    pool = createParsePool({ tasks, size: 1, timeoutMs: 300, warm: true });
    await expect(pool.run(loopForeverTask, null)).rejects.toThrow('reading it takes too long');
    expect(pool.stats()).toEqual({ workers: 1, queued: 0 });
    expect(await pool.run(echoTask, { text: 'next' })).toEqual({ length: 4, upper: 'NEXT' });
  });

  it('refuses a third job of one owner with 429 and Retry-After, serves others, and frees the share when done', async () => {
    pool = createParsePool({ tasks, size: 1 });
    const mine = [pool.run(echoTask, { text: 'a' }, [], 'ann'), pool.run(echoTask, { text: 'b' }, [], 'ann')];
    const third = pool.run(echoTask, { text: 'c' }, [], 'ann').catch((e: unknown) => e);
    expect(await third).toMatchObject({
      code: 'RATE_LIMITED',
      statusCode: 429,
      message: 'You are already importing two files. Wait for them to finish, then try this one again.',
      extra: { headers: { 'retry-after': '10' } },
    });
    const bens = pool.run(echoTask, { text: 'ben' }, [], 'ben');
    expect((await Promise.all(mine)).map((r) => r.upper)).toEqual(['A', 'B']);
    expect((await bens).upper).toBe('BEN');
    expect((await pool.run(echoTask, { text: 'again' }, [], 'ann')).upper).toBe('AGAIN');
  });

  it("frees an owner's share when a job fails", async () => {
    pool = createParsePool({ tasks, size: 1 });
    await expect(pool.run(refuseTask, { field: 'x' }, [], 'ann')).rejects.toThrow('The file says no');
    await expect(pool.run(refuseTask, { field: 'x' }, [], 'ann')).rejects.toThrow('The file says no');
    expect((await pool.run(echoTask, { text: 'ok' }, [], 'ann')).upper).toBe('OK');
  });
});
