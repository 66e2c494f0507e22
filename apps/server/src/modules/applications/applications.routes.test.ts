import type { Application, StatusChange } from '@jobpilot/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { insertApplication, makeApplication, registerUser, type SignedInUser, signedInUser } from '#test/client.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const list = (user: SignedInUser, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/v1/applications${query}`, headers: user.auth });

describe('applications CRUD', () => {
  it('creates, reads, updates and deletes an application', async () => {
    const user = await signedInUser(t);
    const post = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: user.auth,
      payload: makeApplication({ company: 'Globex', position: 'Backend Engineer' }),
    });
    expect(post.statusCode).toBe(201);
    const created = post.json<{ data: Application }>().data;
    expect(created).toMatchObject({
      company: 'Globex',
      position: 'Backend Engineer',
      status: 'saved',
      salaryMin: 90_000,
      salaryCurrency: 'USD',
      salaryPeriod: 'year',
      appliedAt: null,
    });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);

    const got = await t.app.inject({ method: 'GET', url: `/api/v1/applications/${created.id}`, headers: user.auth });
    expect(got.statusCode).toBe(200);
    expect(got.json().data).toEqual(created);

    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${created.id}`,
      headers: user.auth,
      payload: { notes: 'Second round next week', location: null },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().data).toMatchObject({ notes: 'Second round next week', location: null, status: 'saved' });

    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/applications/${created.id}`, headers: user.auth });
    expect(del.statusCode).toBe(204);
    expect(del.body).toBe('');
    const after = await t.app.inject({ method: 'GET', url: `/api/v1/applications/${created.id}`, headers: user.auth });
    expect(after.statusCode).toBe(404);
  });

  it('accepts the session cookie as well as the bearer token that registration hands out', async () => {
    const user = await registerUser(t);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/applications', headers: { cookie: user.cookie } });
    expect(res.statusCode).toBe(200);
  });

  it('records today as the applied date when an application moves to applied', async () => {
    const user = await signedInUser(t);
    const app = await insertApplication(t, user);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${app.id}`,
      headers: user.auth,
      payload: { status: 'applied' },
    });
    expect(res.json().data.appliedAt).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe('status history', () => {
  it('keeps every status change with its time, oldest first', async () => {
    const user = await signedInUser(t);
    const app = await insertApplication(t, user);
    for (const status of ['applied', 'interview', 'interview', 'offer'] as const) {
      await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/applications/${app.id}`,
        headers: user.auth,
        payload: { status },
      });
    }
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${app.id}/history`,
      headers: user.auth,
    });
    expect(res.statusCode).toBe(200);
    const history: StatusChange[] = res.json().data;
    expect(history.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      [null, 'saved'],
      ['saved', 'applied'],
      ['applied', 'interview'],
      ['interview', 'offer'],
    ]);
    const times = history.map((h) => Date.parse(h.changedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});

describe('first history entry', () => {
  it('dates a back-dated application from its applied date, a new one from now', async () => {
    const user = await signedInUser(t);
    const history = async (id: string) =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/history`, headers: user.auth })).json()
        .data as StatusChange[];
    const old = await insertApplication(t, user, { status: 'interview', appliedAt: '2026-01-15' });
    expect((await history(old.id))[0]?.changedAt).toBe('2026-01-15T00:00:00.000Z');
    const fresh = await insertApplication(t, user, { status: 'applied' });
    expect((await history(fresh.id))[0]?.changedAt).toBe(fresh.createdAt);
    const saved = await insertApplication(t, user, { status: 'saved', appliedAt: '2026-01-15' });
    expect((await history(saved.id))[0]?.changedAt).toBe(saved.createdAt);
  });
});

describe('listing', () => {
  let user: SignedInUser;
  beforeAll(async () => {
    user = await signedInUser(t);
    const rows = [
      { company: 'Acme Corp', position: 'Senior Frontend Engineer', status: 'applied' },
      { company: 'Globex', position: 'Backend Developer', status: 'interview' },
      { company: 'Initech', position: 'DevOps Engineer', status: 'saved' },
      { company: 'frontier labs', position: 'Data Scientist', status: 'rejected' },
      { company: 'Umbrella', position: 'Product Designer', status: 'offer' },
    ] as const;
    for (const row of rows) await insertApplication(t, user, row);
  });

  it('returns the list envelope with pagination', async () => {
    const res = await list(user, '?limit=2&page=2');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.success).toBe(true);
    expect(body.data).toHaveLength(2);
    expect(body.pagination).toEqual({ page: 2, limit: 2, total: 5, totalPages: 3, hasNext: true, hasPrev: true });
    expect(typeof body.timestamp).toBe('string');
  });

  it('reports the total on a page past the end', async () => {
    const res = await list(user, '?limit=2&page=9');
    expect(res.json().data).toEqual([]);
    expect(res.json().pagination).toMatchObject({ total: 5, totalPages: 3, hasNext: false, hasPrev: true });
  });

  it('filters by one or several statuses', async () => {
    const one = await list(user, '?status=interview');
    expect(one.json().data.map((a: Application) => a.company)).toEqual(['Globex']);
    const two = await list(user, '?status=offer&status=applied&sort=company');
    expect(two.json().data.map((a: Application) => a.company)).toEqual(['Acme Corp', 'Umbrella']);
  });

  it('searches position and company, case-insensitive, on partial words', async () => {
    const front = await list(user, '?q=FRONT&sort=company');
    expect(front.json().data.map((a: Application) => a.company)).toEqual(['Acme Corp', 'frontier labs']);
    const words = await list(user, '?q=eng%20sen');
    expect(words.json().data.map((a: Application) => a.position)).toEqual(['Senior Frontend Engineer']);
    const literal = await list(user, '?q=%25');
    expect(literal.json().data).toEqual([]);
  });

  it('sorts ascending and descending, text case-insensitively', async () => {
    const asc = await list(user, '?sort=company');
    expect(asc.json().data.map((a: Application) => a.company)).toEqual([
      'Acme Corp',
      'frontier labs',
      'Globex',
      'Initech',
      'Umbrella',
    ]);
    const desc = await list(user, '?sort=-position');
    expect(desc.json().data[0].position).toBe('Senior Frontend Engineer');
  });

  it('rejects an unknown sort, status or limit with 422 naming the field', async () => {
    for (const [query, field] of [
      ['?sort=shoeSize', 'sort'],
      ['?status=ghosted', 'status'],
      ['?limit=1000', 'limit'],
    ]) {
      const res = await list(user, query);
      expect(res.statusCode, query).toBe(422);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.field).toBe(field);
    }
  });
});

describe('bad input', () => {
  it('answers 422 with the failing field and a readable message', async () => {
    const user = await signedInUser(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ company: '', position: 'Dev' }, 'company'],
      [{ company: 'A', position: 'Dev', status: 'ghosted' }, 'status'],
      [{ company: 'A', position: 'Dev', salaryMin: 200, salaryMax: 100 }, 'salaryMax'],
      [{ company: 'A', position: 'Dev', jobUrl: 'javascript:alert(1)' }, 'jobUrl'],
      [{ company: 'A', position: 'Dev', salaryCurrency: 'dollars' }, 'salaryCurrency'],
      [{ company: 'A', position: 'Dev', appliedAt: '31/12/2026' }, 'appliedAt'],
    ];
    for (const [payload, field] of cases) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/applications', headers: user.auth, payload });
      expect(res.statusCode, field).toBe(422);
      expect(res.json()).toMatchObject({
        success: false,
        statusCode: 422,
        error: { code: 'VALIDATION_FAILED', field },
      });
      expect(res.json().error.message.length).toBeGreaterThan(5);
    }
    expect((await list(user)).json().pagination.total).toBe(0);
  });

  it('refuses a day the calendar does not have (2026-02-31) with 422 and a sentence, on create and edit', async () => {
    const user = await signedInUser(t);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: user.auth,
      payload: { company: 'Acme', position: 'Dev', appliedAt: '2026-02-31' },
    });
    expect(created.statusCode).toBe(422);
    expect(created.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'appliedAt',
      message: 'That date does not exist: 2026-02-31 is not on the calendar',
    });
    const app = await insertApplication(t, user, { appliedAt: '2026-02-28' });
    const edited = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${app.id}`,
      headers: user.auth,
      payload: { appliedAt: '2026-02-31' },
    });
    expect(edited.statusCode).toBe(422);
    expect(edited.json().error.field).toBe('appliedAt');
    const kept = await t.app.inject({ method: 'GET', url: `/api/v1/applications/${app.id}`, headers: user.auth });
    expect(kept.json().data.appliedAt).toBe('2026-02-28');
  });

  it('checks a partial salary change against the stored range', async () => {
    const user = await signedInUser(t);
    const app = await insertApplication(t, user, { salaryMin: 50_000, salaryMax: 60_000 });
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${app.id}`,
      headers: user.auth,
      payload: { salaryMin: 70_000 },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.field).toBe('salaryMin');
  });

  it('answers 422 to an empty patch, 400 to malformed JSON and 413 to an oversized body', async () => {
    const user = await signedInUser(t);
    const app = await insertApplication(t, user);
    const empty = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${app.id}`,
      headers: user.auth,
      payload: {},
    });
    expect(empty.statusCode).toBe(422);

    const malformed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { ...user.auth, 'content-type': 'application/json' },
      payload: '{"company": "Acme",',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('MALFORMED_JSON');

    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: user.auth,
      payload: makeApplication({ jobDescription: 'x'.repeat(1_100_000) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 401 before reading the body when there is no session', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/applications', payload: { company: '' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('answers 401 without a session and 404 for a malformed id', async () => {
    const noSession = await t.app.inject({ method: 'GET', url: '/api/v1/applications' });
    expect(noSession.statusCode).toBe(401);
    expect(noSession.json().error.code).toBe('UNAUTHENTICATED');
    const badToken = await t.app.inject({
      method: 'GET',
      url: '/api/v1/applications',
      headers: { authorization: 'Bearer not-a-session' },
    });
    expect(badToken.statusCode).toBe(401);
    const user = await signedInUser(t);
    const badId = await t.app.inject({ method: 'GET', url: '/api/v1/applications/not-a-uuid', headers: user.auth });
    expect(badId.statusCode).toBe(404);
  });
});

describe('another user', () => {
  it('gets 404 on every route for A’s application, exactly as for a missing one, and A’s data is unchanged', async () => {
    const a = await signedInUser(t, { name: 'Alice' });
    const b = await signedInUser(t, { name: 'Bob' });
    const mine = await insertApplication(t, a, { company: 'Secret Co', status: 'applied' });
    const missing = '00000000-0000-4000-8000-000000000000';

    const attempts = (id: string) => [
      { method: 'GET' as const, url: `/api/v1/applications/${id}` },
      { method: 'PATCH' as const, url: `/api/v1/applications/${id}`, payload: { status: 'rejected', notes: 'pwned' } },
      { method: 'DELETE' as const, url: `/api/v1/applications/${id}` },
      { method: 'GET' as const, url: `/api/v1/applications/${id}/history` },
    ];
    for (const [theirs, absent] of attempts(mine.id).map((req, i) => [req, attempts(missing)[i]] as const)) {
      const res = await t.app.inject({ ...theirs, headers: b.auth });
      const ref = await t.app.inject({ ...absent, headers: b.auth });
      expect(res.statusCode, `${theirs.method} ${theirs.url}`).toBe(404);
      expect(res.json().error).toEqual(ref.json().error);
    }

    const bList = await list(b, '?q=Secret');
    expect(bList.json().data).toEqual([]);

    const still = await t.app.inject({ method: 'GET', url: `/api/v1/applications/${mine.id}`, headers: a.auth });
    expect(still.json().data).toEqual(mine);
    const history = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${mine.id}/history`,
      headers: a.auth,
    });
    expect(history.json().data).toHaveLength(1);
  });
});
