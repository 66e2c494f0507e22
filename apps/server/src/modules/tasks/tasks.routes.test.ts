import type { Application, Task } from '@jobpilot/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { insertApplication, type SignedInUser, signedInUser } from '#test/client.ts';
import { insertTask } from './tasks.factory.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const HOUR = 60 * 60 * 1000;
const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();

function tasksOf(user: SignedInUser, app: Pick<Application, 'id'>) {
  const base = `/api/v1/applications/${app.id}/tasks`;
  return {
    list: () => t.app.inject({ method: 'GET', url: base, headers: user.auth }),
    create: (payload: object) => t.app.inject({ method: 'POST', url: base, headers: user.auth, payload }),
    get: (id: string) => t.app.inject({ method: 'GET', url: `${base}/${id}`, headers: user.auth }),
    patch: (id: string, payload: object) =>
      t.app.inject({ method: 'PATCH', url: `${base}/${id}`, headers: user.auth, payload }),
    delete: (id: string) => t.app.inject({ method: 'DELETE', url: `${base}/${id}`, headers: user.auth }),
  };
}

const all = (user: SignedInUser, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/v1/tasks${query}`, headers: user.auth });

describe('tasks on an application', () => {
  it('adds, lists, ticks done, unticks, edits and deletes a task', async () => {
    const user = await signedInUser(t);
    const app = await insertApplication(t, user, { company: 'Acme', position: 'Frontend Engineer' });
    const api = tasksOf(user, app);

    const created = await api.create({ title: '  Send thank-you note  ', dueAt: '2031-05-12T09:00:00+02:00' });
    expect(created.statusCode).toBe(201);
    const task: Task = created.json().data;
    expect(task).toMatchObject({
      applicationId: app.id,
      company: 'Acme',
      position: 'Frontend Engineer',
      title: 'Send thank-you note',
      dueAt: '2031-05-12T07:00:00.000Z',
      done: false,
      doneAt: null,
    });
    expect((await api.get(task.id)).json().data).toEqual(task);

    const done = (await api.patch(task.id, { done: true })).json().data;
    expect(done.done).toBe(true);
    expect(Date.parse(done.doneAt)).toBeGreaterThan(Date.now() - 60_000);
    const again = (await api.patch(task.id, { done: true })).json().data;
    expect(again.doneAt).toBe(done.doneAt);
    const undone = (await api.patch(task.id, { done: false, title: 'Call Sam', dueAt: null })).json().data;
    expect(undone).toMatchObject({ done: false, doneAt: null, title: 'Call Sam', dueAt: null });

    const listed = await api.list();
    expect(listed.json().data).toEqual([{ ...undone }]);
    expect(listed.json().pagination).toMatchObject({ total: 1 });

    expect((await api.delete(task.id)).statusCode).toBe(204);
    expect((await api.get(task.id)).statusCode).toBe(404);
    expect((await api.list()).json().data).toEqual([]);
  });

  it('removes the tasks with their application', async () => {
    const user = await signedInUser(t);
    const app = await insertApplication(t, user);
    await tasksOf(user, app).create({ title: 'Prepare questions' });
    await t.app.inject({ method: 'DELETE', url: `/api/v1/applications/${app.id}`, headers: user.auth });
    expect((await all(user)).json().data).toEqual([]);
  });

  it('rejects bad input with 422 naming the field, and keeps the task as it was', async () => {
    const user = await signedInUser(t);
    const app = await insertApplication(t, user);
    const api = tasksOf(user, app);
    for (const [payload, field] of [
      [{ title: '' }, 'title'],
      [{ title: 'x'.repeat(301) }, 'title'],
      [{ title: 'Call', dueAt: '2031-05-12' }, 'dueAt'],
      [{ title: 'Call', dueAt: '2031-05-12T09:00:00' }, 'dueAt'],
      [{ title: 'Call', done: 'yes' }, 'done'],
    ] as const) {
      const res = await api.create(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field });
    }
    const task = (await api.create({ title: 'Keep me' })).json().data;
    const empty = await api.patch(task.id, {});
    expect(empty.statusCode).toBe(422);
    const blank = await api.patch(task.id, { title: ' ' });
    expect(blank.json().error.field).toBe('title');
    expect((await api.get(task.id)).json().data).toEqual(task);
  });
});

describe('GET /tasks', () => {
  let user: SignedInUser;
  beforeAll(async () => {
    user = await signedInUser(t);
    const acme = await insertApplication(t, user, { company: 'Acme' });
    const globex = await insertApplication(t, user, { company: 'Globex' });
    const db = t.ctx.database.db;
    const [a, g] = [acme, globex].map((app) => ({ userId: user.id, applicationId: app.id }));
    const at = (hours: number) => new Date(inHours(hours));
    await insertTask(db, { ...a, title: 'Overdue open', dueAt: at(-5) });
    await insertTask(db, { ...g, title: 'Overdue done', dueAt: at(-30), doneAt: new Date() });
    await insertTask(db, { ...a, title: 'Soon', dueAt: at(2) });
    await insertTask(db, { ...g, title: 'Later', dueAt: at(50) });
    await insertTask(db, { ...a, title: 'Someday' });
  });

  const titles = async (query: string) => (await all(user, query)).json().data.map((x: Task) => x.title);

  it('lists across applications, soonest due first and undated last, with company and position', async () => {
    expect(await titles('')).toEqual(['Overdue done', 'Overdue open', 'Soon', 'Later', 'Someday']);
    const res = await all(user, '?due=upcoming');
    expect(res.json().data.map((x: Task) => [x.title, x.company])).toEqual([
      ['Soon', 'Acme'],
      ['Later', 'Globex'],
    ]);
  });

  it('filters overdue and done, and pages', async () => {
    expect(await titles('?due=overdue')).toEqual(['Overdue done', 'Overdue open']);
    expect(await titles('?due=overdue&done=false')).toEqual(['Overdue open']);
    expect(await titles('?done=true')).toEqual(['Overdue done']);
    const page = await all(user, '?limit=2&page=2');
    expect(page.json().data.map((x: Task) => x.title)).toEqual(['Soon', 'Later']);
    expect(page.json().pagination).toMatchObject({ total: 5, totalPages: 3, hasNext: true });
  });

  it('rejects an unknown filter with 422 naming it', async () => {
    for (const [query, field] of [
      ['?due=tomorrow', 'due'],
      ['?done=maybe', 'done'],
      ['?limit=0', 'limit'],
    ]) {
      const res = await all(user, query);
      expect(res.statusCode, query).toBe(422);
      expect(res.json().error.field).toBe(field);
    }
  });
});

describe('access', () => {
  it('answers 401 without a session and 404 for malformed ids', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, url] of [
      ['GET', '/api/v1/tasks'],
      ['GET', `/api/v1/applications/${id}/tasks`],
      ['POST', `/api/v1/applications/${id}/tasks`],
      ['GET', `/api/v1/applications/${id}/tasks/${id}`],
      ['PATCH', `/api/v1/applications/${id}/tasks/${id}`],
      ['DELETE', `/api/v1/applications/${id}/tasks/${id}`],
    ] as const) {
      const res = await t.app.inject({
        method,
        url,
        payload: method === 'POST' || method === 'PATCH' ? {} : undefined,
      });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
    const user = await signedInUser(t);
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/applications/x/tasks/y', headers: user.auth });
    expect(bad.statusCode).toBe(404);
  });

  it('gives user B a 404 on every route for A’s application and task, as for missing ones; A’s task is unchanged', async () => {
    const a = await signedInUser(t, { name: 'Alice' });
    const b = await signedInUser(t, { name: 'Bob' });
    const app = await insertApplication(t, a, { company: 'Secret Co' });
    const task: Task = (await tasksOf(a, app).create({ title: 'Private note', dueAt: inHours(3) })).json().data;
    const bApp = await insertApplication(t, b);
    const missing = '00000000-0000-4000-8000-000000000000';

    const attempts = (appId: string, taskId: string) => [
      { method: 'GET' as const, url: `/api/v1/applications/${appId}/tasks` },
      { method: 'POST' as const, url: `/api/v1/applications/${appId}/tasks`, payload: { title: 'pwned' } },
      { method: 'GET' as const, url: `/api/v1/applications/${appId}/tasks/${taskId}` },
      { method: 'PATCH' as const, url: `/api/v1/applications/${appId}/tasks/${taskId}`, payload: { done: true } },
      { method: 'DELETE' as const, url: `/api/v1/applications/${appId}/tasks/${taskId}` },
    ];
    const theirs = [...attempts(app.id, task.id), ...attempts(bApp.id, task.id).slice(2)];
    const absent = [...attempts(missing, missing), ...attempts(bApp.id, missing).slice(2)];
    for (const [req, ref] of theirs.map((r, i) => [r, absent[i]] as const)) {
      const res = await t.app.inject({ ...req, headers: b.auth });
      const expected = await t.app.inject({ ...ref, headers: b.auth });
      expect(res.statusCode, `${req.method} ${req.url}`).toBe(404);
      expect(res.json().error).toEqual(expected.json().error);
    }
    expect((await all(b)).json().data).toEqual([]);
    expect((await tasksOf(a, app).get(task.id)).json().data).toEqual(task);
    expect((await all(a)).json().data).toEqual([task]);
  });
});
