import type { CreateInterviewInput, Interview } from '@jobpilot/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { insertApplication, type SignedInUser, signedInUser } from '#test/client.ts';
import { insertInterview } from './interviews.factory.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Far in the future, so no reminder the background job sends interferes. */
const onsite = (overrides: Partial<CreateInterviewInput> = {}): CreateInterviewInput => ({
  company: 'Acme',
  position: 'Frontend Engineer',
  scheduledAt: '2031-05-12T14:00:00+02:00',
  timezone: 'Europe/Berlin',
  durationMinutes: 45,
  type: 'onsite',
  location: 'Acme HQ, Room 4',
  details: 'Bring the portfolio',
  ...overrides,
});

async function createInterview(user: SignedInUser, body: Partial<CreateInterviewInput> = {}): Promise<Interview> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/interviews',
    headers: user.auth,
    payload: onsite(body),
  });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json().data;
}

const list = (user: SignedInUser, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/v1/interviews${query}`, headers: user.auth });

describe('interviews CRUD', () => {
  it('creates, reads, updates and deletes an interview; the instant is stored in UTC with its zone', async () => {
    const user = await signedInUser(t);
    const created = await createInterview(user);
    expect(created).toMatchObject({
      company: 'Acme',
      position: 'Frontend Engineer',
      scheduledAt: '2031-05-12T12:00:00.000Z',
      timezone: 'Europe/Berlin',
      durationMinutes: 45,
      type: 'onsite',
      location: 'Acme HQ, Room 4',
      meetingUrl: null,
      details: 'Bring the portfolio',
      applicationId: null,
    });

    const got = await t.app.inject({ method: 'GET', url: `/api/v1/interviews/${created.id}`, headers: user.auth });
    expect(got.json().data).toEqual(created);

    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/interviews/${created.id}`,
      headers: user.auth,
      payload: { type: 'online', meetingUrl: 'https://meet.example.com/abc', scheduledAt: '2031-05-13T09:30:00-04:00' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().data).toMatchObject({
      type: 'online',
      meetingUrl: 'https://meet.example.com/abc',
      scheduledAt: '2031-05-13T13:30:00.000Z',
      location: 'Acme HQ, Room 4',
    });

    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/interviews/${created.id}`, headers: user.auth });
    expect(del.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: `/api/v1/interviews/${created.id}`, headers: user.auth });
    expect(after.statusCode).toBe(404);
  });

  it('fills company and position from the linked application unless given', async () => {
    const user = await signedInUser(t);
    const app = await insertApplication(t, user, { company: 'Globex', position: 'Backend Developer' });
    const linked = await createInterview(user, { company: undefined, position: undefined, applicationId: app.id });
    expect(linked).toMatchObject({ applicationId: app.id, company: 'Globex', position: 'Backend Developer' });
    const own = await createInterview(user, { applicationId: app.id, position: 'Staff Backend Developer' });
    expect(own).toMatchObject({ company: 'Acme', position: 'Staff Backend Developer' });

    const other = await insertApplication(t, user, { company: 'Initech', position: 'QA Engineer' });
    const relinked = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/interviews/${linked.id}`,
      headers: user.auth,
      payload: { applicationId: other.id },
    });
    expect(relinked.json().data).toMatchObject({
      applicationId: other.id,
      company: 'Initech',
      position: 'QA Engineer',
    });

    // Deleting the application keeps the interview, unlinked.
    await t.app.inject({ method: 'DELETE', url: `/api/v1/applications/${other.id}`, headers: user.auth });
    const kept = await t.app.inject({ method: 'GET', url: `/api/v1/interviews/${linked.id}`, headers: user.auth });
    expect(kept.json().data).toMatchObject({ applicationId: null, company: 'Initech' });
  });
});

describe('listing', () => {
  let user: SignedInUser;
  beforeAll(async () => {
    user = await signedInUser(t);
    const db = t.ctx.database.db;
    const userId = user.id;
    await insertInterview(db, {
      userId,
      company: 'C-late',
      scheduledAt: new Date('2031-06-20T10:00:00Z'),
      type: 'phone',
      location: null,
      meetingUrl: null,
    });
    await insertInterview(db, {
      userId,
      company: 'A-early',
      scheduledAt: new Date('2031-06-01T08:00:00Z'),
      type: 'onsite',
      location: 'Acme HQ, Room 4',
      meetingUrl: null,
    });
    await insertInterview(db, {
      userId,
      company: 'B-middle',
      scheduledAt: new Date('2031-06-10T23:30:00Z'),
      type: 'online',
      meetingUrl: 'https://meet.example.com/x',
    });
  });

  it('sorts by start and returns the list envelope', async () => {
    const res = await list(user);
    expect(res.statusCode).toBe(200);
    expect(res.json().data.map((i: Interview) => i.company)).toEqual(['A-early', 'B-middle', 'C-late']);
    expect(res.json().pagination).toMatchObject({ page: 1, total: 3, hasNext: false });
    const paged = await list(user, '?limit=1&page=2');
    expect(paged.json().data.map((i: Interview) => i.company)).toEqual(['B-middle']);
    expect(paged.json().pagination).toMatchObject({ total: 3, totalPages: 3 });
  });

  it('lists latest first with order=desc, paging through that order, and combines it with a range', async () => {
    const res = await list(user, '?order=desc');
    expect(res.statusCode).toBe(200);
    expect(res.json().data.map((i: Interview) => i.company)).toEqual(['C-late', 'B-middle', 'A-early']);
    const paged = await list(user, '?order=desc&limit=2&page=2');
    expect(paged.json().data.map((i: Interview) => i.company)).toEqual(['A-early']);
    expect(paged.json().pagination).toMatchObject({ page: 2, total: 3, totalPages: 2, hasNext: false, hasPrev: true });
    const past = await list(user, '?order=desc&to=2031-06-20T10:00:00Z');
    expect(past.json().data.map((i: Interview) => i.company)).toEqual(['B-middle', 'A-early']);
    const asc = await list(user, '?order=asc&limit=1');
    expect(asc.json().data.map((i: Interview) => i.company)).toEqual(['A-early']);
  });

  it('breaks ties at the same start by id, reversed with order=desc', async () => {
    const other = await signedInUser(t);
    const same = { scheduledAt: '2031-08-01T09:00:00Z' };
    const ids = [
      (await createInterview(other, same)).id,
      (await createInterview(other, same)).id,
      (await createInterview(other, same)).id,
    ].sort();
    const up = await list(other, '');
    expect(up.json().data.map((i: Interview) => i.id)).toEqual(ids);
    const down = await list(other, '?order=desc');
    expect(down.json().data.map((i: Interview) => i.id)).toEqual([...ids].reverse());
  });

  it('filters by date range (from inclusive, to exclusive; a bare date is a whole UTC day) and by type', async () => {
    const range = await list(user, '?from=2031-06-01T08:00:00Z&to=2031-06-20T10:00:00Z');
    expect(range.json().data.map((i: Interview) => i.company)).toEqual(['A-early', 'B-middle']);
    const days = await list(user, '?from=2031-06-10&to=2031-06-10');
    expect(days.json().data.map((i: Interview) => i.company)).toEqual(['B-middle']);
    const offset = await list(user, `?from=${encodeURIComponent('2031-06-11T00:00:00+02:00')}`);
    expect(offset.json().data.map((i: Interview) => i.company)).toEqual(['B-middle', 'C-late']);
    const types = await list(user, '?type=phone&type=online');
    expect(types.json().data.map((i: Interview) => i.company)).toEqual(['B-middle', 'C-late']);
    const one = await list(user, '?type=onsite&from=2031-06-02');
    expect(one.json().data).toEqual([]);
  });

  it('rejects a bad range, date or type with 422 naming the field', async () => {
    for (const [query, field] of [
      ['?from=2031-06-10&to=2031-06-01', 'to'],
      ['?from=yesterday', 'from'],
      ['?to=2031-06-10T10:00:00', 'to'],
      ['?type=video', 'type'],
      ['?limit=1000', 'limit'],
      ['?order=newest', 'order'],
    ]) {
      const res = await list(user, query);
      expect(res.statusCode, query).toBe(422);
      expect(res.json().error.field, query).toBe(field);
    }
  });
});

describe('bad input', () => {
  it('answers 422 with the field and a readable message, and stores nothing', async () => {
    const user = await signedInUser(t);
    const cases: [Partial<CreateInterviewInput> & Record<string, unknown>, string, RegExp][] = [
      [{ company: '' }, 'company', /company/],
      [{ company: undefined }, 'company', /company/],
      [{ position: undefined }, 'position', /position/],
      [{ timezone: 'Mars/Olympus_Mons' }, 'timezone', /time zone/],
      [{ timezone: '+02:00' }, 'timezone', /time zone/],
      [{ scheduledAt: '2031-05-12T14:00:00' }, 'scheduledAt', /offset/],
      [
        { scheduledAt: '2031-02-29T14:00:00Z' },
        'scheduledAt',
        /^That date does not exist: 2031-02-29 is not on the calendar$/,
      ],
      [{ durationMinutes: 0 }, 'durationMinutes', /At least/],
      [{ durationMinutes: 30.5 }, 'durationMinutes', /whole minutes/],
      [{ type: 'video' as never }, 'type', /phone, onsite or online/],
      [{ location: null }, 'location', /where the interview takes place/],
      [{ durationMinutes: 1441 }, 'durationMinutes', /at most 24 hours/],
      [{ durationMinutes: 3000 }, 'durationMinutes', /at most 24 hours/],
      [{ type: 'online', meetingUrl: 'javascript:alert(1)' }, 'meetingUrl', /http/],
      [{ applicationId: 'nope' }, 'applicationId', /application/],
    ];
    for (const [override, field, message] of cases) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/interviews',
        headers: user.auth,
        payload: onsite(override),
      });
      expect(res.statusCode, field).toBe(422);
      expect(res.json().error, JSON.stringify(override)).toMatchObject({ code: 'VALIDATION_FAILED', field });
      expect(res.json().error.message).toMatch(message);
    }
    expect((await list(user)).json().pagination.total).toBe(0);
  });

  it('accepts an online interview without a meeting link yet, adds one later, and refuses 24 h+ in a patch', async () => {
    const user = await signedInUser(t);
    const online = await createInterview(user, { type: 'online', location: null, meetingUrl: null });
    expect(online).toMatchObject({ type: 'online', meetingUrl: null, location: null });
    const url = `/api/v1/interviews/${online.id}`;
    const linked = await t.app.inject({
      method: 'PATCH',
      url,
      headers: user.auth,
      payload: { meetingUrl: 'https://meet.example.com/later' },
    });
    expect(linked.json().data.meetingUrl).toBe('https://meet.example.com/later');
    const cleared = await t.app.inject({ method: 'PATCH', url, headers: user.auth, payload: { meetingUrl: '' } });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json().data.meetingUrl).toBeNull();
    const long = await t.app.inject({ method: 'PATCH', url, headers: user.auth, payload: { durationMinutes: 1500 } });
    expect(long.statusCode).toBe(422);
    expect(long.json().error).toMatchObject({ field: 'durationMinutes' });
    expect(long.json().error.message).toMatch(/at most 24 hours/);
  });

  it('accepts a phone interview without a place and fixes the letter case of the zone name', async () => {
    const user = await signedInUser(t);
    const phone = await createInterview(user, { type: 'phone', location: null, timezone: 'america/new_york' });
    expect(phone).toMatchObject({ type: 'phone', location: null, timezone: 'America/New_York' });
  });

  it('stores and returns the zone in the spelling sent, not the legacy alias Intl resolves it to', async () => {
    const user = await signedInUser(t);
    for (const timezone of ['Europe/Kyiv', 'Asia/Kolkata', 'Asia/Ho_Chi_Minh']) {
      const created = await createInterview(user, { timezone });
      expect(created.timezone).toBe(timezone);
      const got = await t.app.inject({ method: 'GET', url: `/api/v1/interviews/${created.id}`, headers: user.auth });
      expect(got.json().data.timezone).toBe(timezone);
    }
    const first = (await list(user)).json().data[0] as Interview;
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/interviews/${first.id}`,
      headers: user.auth,
      payload: { timezone: 'Asia/Kolkata' },
    });
    expect(patched.json().data.timezone).toBe('Asia/Kolkata');
  });

  it('checks the place rule against the stored values on a partial update', async () => {
    const user = await signedInUser(t);
    const phone = await createInterview(user, { type: 'phone', location: null });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/interviews/${phone.id}`,
      headers: user.auth,
      payload: { type: 'onsite' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ field: 'location', message: 'Enter where the interview takes place' });
    const empty = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/interviews/${phone.id}`,
      headers: user.auth,
      payload: {},
    });
    expect(empty.statusCode).toBe(422);
    const still = await t.app.inject({ method: 'GET', url: `/api/v1/interviews/${phone.id}`, headers: user.auth });
    expect(still.json().data).toEqual(phone);
  });

  it('answers 401 without a session and 404 for a malformed id', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/interviews'],
      ['POST', '/api/v1/interviews'],
      ['GET', '/api/v1/interviews/calendar.ics'],
      ['GET', '/api/v1/interviews/00000000-0000-4000-8000-000000000000'],
      ['PATCH', '/api/v1/interviews/00000000-0000-4000-8000-000000000000'],
      ['DELETE', '/api/v1/interviews/00000000-0000-4000-8000-000000000000'],
    ] as const) {
      const res = await t.app.inject({ method, url, payload: method === 'GET' ? undefined : {} });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
    const user = await signedInUser(t);
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/interviews/not-a-uuid', headers: user.auth });
    expect(bad.statusCode).toBe(404);
  });
});

describe('another user', () => {
  it('gets 404 on every route for A’s interview, exactly as for a missing one, and A’s data is unchanged', async () => {
    const a = await signedInUser(t, { name: 'Alice' });
    const b = await signedInUser(t, { name: 'Bob' });
    const mine = await createInterview(a, { company: 'Secret Co' });
    const missing = '00000000-0000-4000-8000-000000000000';
    const attempts = (id: string) => [
      { method: 'GET' as const, url: `/api/v1/interviews/${id}` },
      { method: 'PATCH' as const, url: `/api/v1/interviews/${id}`, payload: { company: 'pwned' } },
      { method: 'DELETE' as const, url: `/api/v1/interviews/${id}` },
    ];
    for (const [theirs, absent] of attempts(mine.id).map((req, i) => [req, attempts(missing)[i]] as const)) {
      const res = await t.app.inject({ ...theirs, headers: b.auth });
      const ref = await t.app.inject({ ...absent, headers: b.auth });
      expect(res.statusCode, `${theirs.method} ${theirs.url}`).toBe(404);
      expect(res.json().error).toEqual(ref.json().error);
    }
    expect((await list(b)).json().data).toEqual([]);
    const still = await t.app.inject({ method: 'GET', url: `/api/v1/interviews/${mine.id}`, headers: a.auth });
    expect(still.json().data).toEqual(mine);
  });

  it('cannot link an interview to A’s application: 404 as for a missing application', async () => {
    const a = await signedInUser(t, { name: 'Alice' });
    const b = await signedInUser(t, { name: 'Bob' });
    const app = await insertApplication(t, a, { company: 'Hidden Inc' });
    const theirs = await t.app.inject({
      method: 'POST',
      url: '/api/v1/interviews',
      headers: b.auth,
      payload: onsite({ applicationId: app.id }),
    });
    const absent = await t.app.inject({
      method: 'POST',
      url: '/api/v1/interviews',
      headers: b.auth,
      payload: onsite({ applicationId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.json().error).toEqual(absent.json().error);
    const own = await createInterview(b);
    const relink = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/interviews/${own.id}`,
      headers: b.auth,
      payload: { applicationId: app.id },
    });
    expect(relink.statusCode).toBe(404);
    expect((await list(b)).json().data).toEqual([own]);
  });
});
