import type { Dashboard } from '@jobpilot/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { insertApplication, type SignedInUser, signedInUser } from '#test/client.ts';
import { seedInterview, seedTask } from './test-seed.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const dashboard = async (user: SignedInUser): Promise<Dashboard> => {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/dashboard', headers: user.auth });
  expect(res.statusCode).toBe(200);
  return res.json<{ data: Dashboard }>().data;
};

const move = (user: SignedInUser, id: string, status: string) =>
  t.app.inject({ method: 'PATCH', url: `/api/v1/applications/${id}`, headers: user.auth, payload: { status } });

describe('GET /dashboard', () => {
  it('answers 401 without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/dashboard' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('shows zeros and empty lists to a new user', async () => {
    const user = await signedInUser(t);
    expect(await dashboard(user)).toEqual({
      inProgress: { total: 0, byStatus: { saved: 0, applied: 0, interview: 0, offer: 0 } },
      responseRate: { applied: 0, responded: 0, rate: null, formula: expect.stringContaining('responded ÷ applied') },
      upcomingInterviews: [],
      recentApplications: [],
      tasksDue: { total: 0, overdue: 0, items: [] },
    });
  });

  it('counts open applications and the response rate from the status history', async () => {
    const user = await signedInUser(t);
    await insertApplication(t, user, { company: 'Saved Co', status: 'saved' });
    await insertApplication(t, user, { company: 'Ghosted Co', status: 'applied' });
    const interviewed = await insertApplication(t, user, { company: 'Initech', status: 'applied' });
    await move(user, interviewed.id, 'interview');
    await move(user, interviewed.id, 'withdrawn');
    await insertApplication(t, user, { company: 'Hooli', status: 'rejected' });
    const dropped = await insertApplication(t, user, { company: 'Umbrella', status: 'saved' });
    await move(user, dropped.id, 'withdrawn');
    await insertApplication(t, user, { company: 'Stark', status: 'interview' });

    const data = await dashboard(user);
    expect(data.inProgress).toEqual({ total: 3, byStatus: { saved: 1, applied: 1, interview: 1, offer: 0 } });
    // Applied: Ghosted, Initech, Hooli, Stark. Responded: Initech (interview, then withdrawn), Hooli, Stark.
    expect(data.responseRate).toMatchObject({ applied: 4, responded: 3, rate: 0.75 });
    expect(data.recentApplications.map((a) => a.company)).toEqual([
      'Stark',
      'Umbrella',
      'Hooli',
      'Initech',
      'Ghosted Co',
    ]);
    expect(data.recentApplications[0]).toMatchObject({ status: 'interview', position: 'Frontend Engineer' });
  });

  it('lists the next five interviews that are not over yet, soonest first', async () => {
    const user = await signedInUser(t);
    const db = t.ctx.database.db;
    await seedInterview(db, user.id, -48, { company: 'Long ago' });
    await seedInterview(db, user.id, -2, { company: 'Over', durationMinutes: 60 });
    await seedInterview(db, user.id, -0.5, { company: 'Happening now', durationMinutes: 60 });
    for (const [hours, company] of [
      [100, 'In 100 h'],
      [1, 'In 1 h'],
      [30, 'In 30 h'],
      [60, 'In 60 h'],
      [200, 'In 200 h'],
    ] as const) {
      await seedInterview(db, user.id, hours, { company });
    }

    const { upcomingInterviews } = await dashboard(user);
    expect(upcomingInterviews.map((i) => i.company)).toEqual([
      'Happening now',
      'In 1 h',
      'In 30 h',
      'In 60 h',
      'In 100 h',
    ]);
    expect(upcomingInterviews[1]).toMatchObject({ timezone: 'Europe/Berlin', type: 'online', durationMinutes: 60 });
  });

  it('lists open tasks due within a week or overdue, overdue first, with totals beyond the first ten', async () => {
    const user = await signedInUser(t);
    const app = await insertApplication(t, user, { company: 'Globex', position: 'Backend Engineer' });
    const db = t.ctx.database.db;
    await seedTask(db, user.id, app.id, 'Send thank-you note', -24);
    await seedTask(db, user.id, app.id, 'Prepare case study', 72);
    await seedTask(db, user.id, app.id, 'Next month', 24 * 10);
    await seedTask(db, user.id, app.id, 'Already done', 24, true);
    await seedTask(db, user.id, app.id, 'Someday', null);

    const { tasksDue } = await dashboard(user);
    expect(tasksDue).toMatchObject({ total: 2, overdue: 1 });
    expect(tasksDue.items).toEqual([
      expect.objectContaining({
        title: 'Send thank-you note',
        overdue: true,
        company: 'Globex',
        applicationId: app.id,
      }),
      expect.objectContaining({ title: 'Prepare case study', overdue: false, position: 'Backend Engineer' }),
    ]);

    for (let i = 0; i < 10; i++) await seedTask(db, user.id, app.id, `Follow-up ${i}`, 24 + i);
    const more = (await dashboard(user)).tasksDue;
    expect(more).toMatchObject({ total: 12, overdue: 1 });
    expect(more.items).toHaveLength(10);
  });
});

describe('GET /dashboard for two users', () => {
  it("never counts or lists another user's applications, interviews or tasks", async () => {
    const ann = await signedInUser(t);
    const bob = await signedInUser(t);
    const db = t.ctx.database.db;
    const annApp = await insertApplication(t, ann, { company: 'Ann Co', status: 'applied' });
    await seedInterview(db, ann.id, 5, { company: 'Ann Co' });
    await seedTask(db, ann.id, annApp.id, 'Ann task', 5);
    const before = await dashboard(ann);

    for (const status of ['applied', 'interview', 'offer'] as const) {
      const app = await insertApplication(t, bob, { company: `Bob ${status}`, status });
      await seedTask(db, bob.id, app.id, `Bob task ${status}`, 2);
    }
    await seedInterview(db, bob.id, 1, { company: 'Bob Co' });

    const after = await dashboard(ann);
    expect(after).toEqual(before);
    expect(after.inProgress.total).toBe(1);
    expect(after.upcomingInterviews.map((i) => i.company)).toEqual(['Ann Co']);
    expect(after.tasksDue.items.map((i) => i.title)).toEqual(['Ann task']);

    const bobs = await dashboard(bob);
    expect(bobs.inProgress.byStatus).toEqual({ saved: 0, applied: 1, interview: 1, offer: 1 });
    expect(bobs.responseRate).toMatchObject({ applied: 3, responded: 2 });
    expect(bobs.recentApplications.map((a) => a.company)).not.toContain('Ann Co');
    expect(bobs.upcomingInterviews.map((i) => i.company)).toEqual(['Bob Co']);
    expect(bobs.tasksDue.total).toBe(3);
  });
});
