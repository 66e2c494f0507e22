import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tasksChanged } from '#modules/tasks/index.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { signedInUser } from '#test/client.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const JOB = 'notifications.on.tasks.changed';
const jobsFor = async (userId: string) => {
  const result = (await t.ctx.database.db.execute(
    sql`select count(*)::int as n from pgboss.job where name = ${JOB} and data->>'userId' = ${userId}`,
  )) as unknown as { rows: { n: number }[] };
  return result.rows[0]?.n ?? 0;
};

describe('durable event handlers', () => {
  it('enqueue their job in the emitter’s transaction: none when it rolls back, one when it commits', async () => {
    const { id } = await signedInUser(t);
    await expect(
      t.ctx.database.db.transaction(async (tx) => {
        await t.ctx.events.emit(tasksChanged, { userId: id }, { tx });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    expect(await jobsFor(id)).toBe(0);

    await t.ctx.database.db.transaction((tx) => t.ctx.events.emit(tasksChanged, { userId: id }, { tx }));
    expect(await jobsFor(id)).toBe(1);
  });

  it('debounce a burst of changes by one user inside transactions (the next slot takes one more)', async () => {
    const { id } = await signedInUser(t);
    for (let i = 0; i < 4; i += 1) {
      await t.ctx.database.db.transaction((tx) => t.ctx.events.emit(tasksChanged, { userId: id }, { tx }));
    }
    expect(await jobsFor(id)).toBeLessThanOrEqual(2);
    expect(await jobsFor(id)).toBeGreaterThanOrEqual(1);
  });

  it('refuse a payload that does not fit the event’s schema', async () => {
    await expect(t.ctx.events.emit(tasksChanged, { userId: 'not-a-uuid' })).rejects.toThrow();
  });
});
