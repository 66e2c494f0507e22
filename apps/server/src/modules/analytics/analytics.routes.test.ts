import { type Analytics, defaultAnalyticsRange } from '@jobpilot/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { insertApplication, type SignedInUser, signedInUser } from '#test/client.ts';
import { seedApplication } from './test-seed.ts';

let t: TestApp;
let ann: SignedInUser;
beforeAll(async () => {
  t = await createTestApp();
  ann = await signedInUser(t, { name: 'Ann' });
  await seedAnn(ann.id);
});
afterAll(() => t.close());

const get = (user: SignedInUser | null, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/v1/analytics/applications${query}`, headers: user?.auth ?? {} });

const analytics = async (user: SignedInUser, query = '?from=2025-01-01&to=2025-06-30'): Promise<Analytics> => {
  const res = await get(user, query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ data: Analytics }>().data;
};

/** Six applications in the first half of 2025, two just outside it; comments give what each one counts for. */
async function seedAnn(userId: string) {
  const db = t.ctx.database.db;
  const seed = (a: Parameters<typeof seedApplication>[2]) => seedApplication(db, userId, a);
  // January, Frontend, Remote. applied → interview 10 days, interview → offer 12 days.
  await seed({
    position: 'Frontend Engineer',
    location: 'Remote',
    appliedAt: '2025-01-10',
    history: [
      ['applied', '2025-01-10T09:00:00Z'],
      ['interview', '2025-01-20T15:00:00Z'],
      ['offer', '2025-02-01T10:00:00Z'],
    ],
  });
  // February, Backend, Berlin. applied → interview 4 days, then rejected.
  await seed({
    position: 'Senior Back-End Engineer',
    location: 'Berlin, Germany',
    appliedAt: '2025-02-05',
    history: [
      ['applied', '2025-02-05T09:00:00Z'],
      ['interview', '2025-02-09T09:00:00Z'],
      ['rejected', '2025-02-20T09:00:00Z'],
    ],
  });
  // March, Data, Berlin. Rejected without an interview.
  await seed({
    position: 'Data Scientist',
    location: 'berlin (hybrid)',
    appliedAt: '2025-03-01',
    history: [
      ['applied', '2025-03-01T09:00:00Z'],
      ['rejected', '2025-03-15T09:00:00Z'],
    ],
  });
  // March (the day it was added), Design, no location. Never applied.
  await seed({ position: 'Product Designer', history: [['saved', '2025-03-20T12:00:00Z']] });
  // April, DevOps, London. applied → interview 28 days; accepted straight from interview (offer stage, no offer day).
  await seed({
    position: 'SRE',
    location: 'London',
    appliedAt: '2025-04-02',
    history: [
      ['saved', '2025-03-30T09:00:00Z'],
      ['applied', '2025-04-02T09:00:00Z'],
      ['interview', '2025-04-30T09:00:00Z'],
      ['accepted', '2025-05-10T09:00:00Z'],
    ],
  });
  // June 30 late evening UTC: still in range. Mobile, Anywhere (= Remote).
  await seed({ position: 'Android Engineer', location: 'Anywhere', history: [['saved', '2025-06-30T23:30:00Z']] });
  // Outside the range on either side.
  await seed({
    position: 'Frontend Developer',
    location: 'Remote - US',
    appliedAt: '2024-12-31',
    history: [['applied', '2025-01-02T09:00:00Z']],
  });
  await seed({ position: 'Backend Engineer', history: [['saved', '2025-07-01T00:10:00Z']] });
}

const zero = { saved: 0, applied: 0, interview: 0, offer: 0, rejected: 0, withdrawn: 0, accepted: 0 };

describe('GET /analytics/applications', () => {
  it('answers 401 without a session', async () => {
    const res = await get(null);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('counts per month and per status by the applied date, else the UTC day added, with bounds included', async () => {
    const data = await analytics(ann);
    expect(data.range).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(data.total).toBe(6);
    expect(data.perMonth).toEqual([
      { month: '2025-01', total: 1, byStatus: { ...zero, offer: 1 } },
      { month: '2025-02', total: 1, byStatus: { ...zero, rejected: 1 } },
      { month: '2025-03', total: 2, byStatus: { ...zero, rejected: 1, saved: 1 } },
      { month: '2025-04', total: 1, byStatus: { ...zero, accepted: 1 } },
      { month: '2025-05', total: 0, byStatus: zero },
      { month: '2025-06', total: 1, byStatus: { ...zero, saved: 1 } },
    ]);
    expect(data.byStatus).toEqual([
      { status: 'saved', count: 2 },
      { status: 'applied', count: 0 },
      { status: 'interview', count: 0 },
      { status: 'offer', count: 1 },
      { status: 'rejected', count: 2 },
      { status: 'withdrawn', count: 0 },
      { status: 'accepted', count: 1 },
    ]);

    const edges = await analytics(ann, '?from=2024-12-31&to=2025-07-01');
    expect(edges.total).toBe(8);
    expect(edges.perMonth.map((m) => m.month)).toEqual([
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
    ]);
  });

  it('groups titles into families and places with remote counted as Remote', async () => {
    const data = await analytics(ann);
    expect(data.byFamily).toEqual([
      { family: 'Design', count: 1 },
      { family: 'Mobile', count: 1 },
      { family: 'Frontend', count: 1 },
      { family: 'Data', count: 1 },
      { family: 'DevOps', count: 1 },
      { family: 'Backend', count: 1 },
    ]);
    expect(data.byLocation).toEqual([
      { location: 'Berlin', count: 2, kind: 'place' },
      { location: 'Remote', count: 2, kind: 'remote' },
      { location: 'London', count: 1, kind: 'place' },
      { location: 'Not specified', count: 1, kind: 'unset' },
    ]);
  });

  it('computes the funnel from the status history with conversion rates and median days', async () => {
    const { funnel } = await analytics(ann);
    expect(funnel).toEqual({
      applied: 4,
      interview: 3,
      offer: 2,
      appliedToInterview: 0.75,
      interviewToOffer: 2 / 3,
      appliedToOffer: 0.5,
      medianDaysAppliedToInterview: 10,
      medianDaysInterviewToOffer: 12,
      appliedToInterviewSamples: 3,
      interviewToOfferSamples: 1,
    });
  });

  it('counts an application entered already at interview in the funnel, but not in the stage timings', async () => {
    const cleo = await signedInUser(t, { name: 'Cleo' });
    // Applied in March, typed in (or imported) in May already at "interview": no moment of reaching it is known.
    await seedApplication(t.ctx.database.db, cleo.id, {
      position: 'Data Analyst',
      appliedAt: '2025-03-01',
      history: [['interview', '2025-05-20T09:00:00Z']],
    });
    const { funnel } = await analytics(cleo);
    expect(funnel).toMatchObject({ applied: 1, interview: 1, appliedToInterviewSamples: 0 });
    expect(funnel.medianDaysAppliedToInterview).toBeNull();
  });

  it('answers an empty range with zeros and null rates', async () => {
    const data = await analytics(ann, '?from=2020-01-01&to=2020-02-15');
    expect(data.total).toBe(0);
    expect(data.perMonth).toHaveLength(2);
    expect(data.byFamily).toEqual([]);
    expect(data.byLocation).toEqual([]);
    expect(data.funnel).toMatchObject({ applied: 0, appliedToInterview: null, medianDaysAppliedToInterview: null });
  });

  it('defaults to the 12 calendar months up to today', async () => {
    const user = await signedInUser(t);
    await insertApplication(t, user, { status: 'applied' });
    const today = new Date().toISOString().slice(0, 10);
    const data = await analytics(user, '');
    expect(data.range).toEqual(defaultAnalyticsRange(today));
    expect(data.perMonth).toHaveLength(12);
    expect(data.perMonth.at(-1)).toMatchObject({ month: today.slice(0, 7), total: 1 });
    const onlyTo = await analytics(user, '?to=2025-06-30');
    expect(onlyTo.range).toEqual({ from: '2024-07-01', to: '2025-06-30' });
  });

  it('answers 422 naming the field for a bad date, a start after the end, or a range over 5 years', async () => {
    for (const [query, field, message] of [
      ['?from=2025-13-01', 'from', 'That date does not exist: 2025-13-01 is not on the calendar'],
      ['?to=yesterday', 'to', 'Use a date like 2026-03-31'],
      ['?from=2025-06-01&to=2025-05-31', 'from', 'Start date must be on or before the end date'],
      ['?from=2020-01-01&to=2025-01-01', 'to', 'Choose a range of at most 5 years'],
      ['?from=2999-01-01', 'from', 'Start date must be on or before the end date'],
    ] as const) {
      const res = await get(ann, query);
      expect(res.statusCode, query).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field, message });
    }
  });
});

describe('GET /analytics/applications for two users', () => {
  it("never counts another user's applications", async () => {
    const before = await analytics(ann);
    const bob = await signedInUser(t, { name: 'Bob' });
    await seedApplication(t.ctx.database.db, bob.id, {
      position: 'Frontend Engineer',
      location: 'Remote',
      appliedAt: '2025-02-01',
      history: [
        ['applied', '2025-02-01T09:00:00Z'],
        ['interview', '2025-02-02T09:00:00Z'],
        ['offer', '2025-02-03T09:00:00Z'],
      ],
    });
    expect(await analytics(ann)).toEqual(before);
    const bobs = await analytics(bob);
    expect(bobs.total).toBe(1);
    expect(bobs.funnel).toMatchObject({ applied: 1, interview: 1, offer: 1, medianDaysAppliedToInterview: 1 });
    expect(bobs.byLocation).toEqual([{ location: 'Remote', count: 1, kind: 'remote' }]);
  });
});
