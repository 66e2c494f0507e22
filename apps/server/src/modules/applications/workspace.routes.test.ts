import type { Application, ApplicationWorkspace } from '@jobpilot/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertContact } from '#modules/contacts/contacts.factory.ts';
import { insertInterview } from '#modules/interviews/interviews.factory.ts';
import { insertTask } from '#modules/tasks/tasks.factory.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { insertApplication, type SignedInUser, signedInUser } from '#test/client.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const workspace = (user: SignedInUser, id: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/workspace`, headers: user.auth });

const move = (user: SignedInUser, id: string, afterId: string | null) =>
  t.app.inject({ method: 'POST', url: `/api/v1/applications/${id}/move`, headers: user.auth, payload: { afterId } });

const boardColumn = async (user: SignedInUser, status: string) => {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/applications?status=${status}&sort=board`,
    headers: user.auth,
  });
  return res.json<{ data: Application[] }>().data.map((a) => a.company);
};

describe('GET /applications/:id/workspace', () => {
  it('answers the posting, its history, tasks, interviews and linked contacts in one response', async () => {
    const user = await signedInUser(t);
    const db = t.ctx.database.db;
    const app = await insertApplication(t, user, { company: 'Initech', position: 'Staff Engineer' });
    const other = await insertApplication(t, user, { company: 'Elsewhere' });
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${app.id}`,
      headers: user.auth,
      payload: { status: 'applied' },
    });
    await insertTask(db, { userId: user.id, applicationId: app.id, title: 'Send portfolio' });
    await insertTask(db, { userId: user.id, applicationId: other.id, title: 'Not this one' });
    await insertInterview(db, { userId: user.id, applicationId: app.id, type: 'phone' });
    await insertContact(db, { userId: user.id, name: 'Bea Hiring', applicationIds: [app.id] });
    await insertContact(db, { userId: user.id, name: 'Unlinked Person' });

    const res = await workspace(user, app.id);
    expect(res.statusCode).toBe(200);
    const data = res.json<{ data: ApplicationWorkspace }>().data;
    expect(data.application).toMatchObject({ id: app.id, company: 'Initech', status: 'applied' });
    expect(data.history.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      [null, 'saved'],
      ['saved', 'applied'],
    ]);
    expect(data.tasks.map((task) => task.title)).toEqual(['Send portfolio']);
    expect(data.tasks[0]).toMatchObject({ done: false, doneAt: null, dueAt: null });
    expect(data.interviews).toHaveLength(1);
    expect(data.interviews[0]).toMatchObject({ type: 'phone', timezone: 'Europe/Berlin' });
    expect(data.contacts.map((c) => c.name)).toEqual(['Bea Hiring']);
  });

  it("answers 404 for another user's application, as for a missing one", async () => {
    const owner = await signedInUser(t);
    const stranger = await signedInUser(t);
    const app = await insertApplication(t, owner);
    const res = await workspace(stranger, app.id);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect((await workspace(owner, crypto.randomUUID())).statusCode).toBe(404);
  });
});

describe('POST /applications/:id/move', () => {
  it('reorders a board column, keeps the order, and a card moved to another column goes first there', async () => {
    const user = await signedInUser(t);
    const a = await insertApplication(t, user, { company: 'A' });
    const b = await insertApplication(t, user, { company: 'B' });
    const c = await insertApplication(t, user, { company: 'C' });
    // Unarranged: most recently updated first.
    expect(await boardColumn(user, 'saved')).toEqual(['C', 'B', 'A']);

    expect((await move(user, c.id, a.id)).statusCode).toBe(200);
    expect(await boardColumn(user, 'saved')).toEqual(['B', 'A', 'C']);
    expect((await move(user, a.id, null)).statusCode).toBe(200);
    expect(await boardColumn(user, 'saved')).toEqual(['A', 'B', 'C']);

    const d = await insertApplication(t, user, { company: 'D' });
    expect(await boardColumn(user, 'saved')).toEqual(['D', 'A', 'B', 'C']);
    await move(user, d.id, c.id);
    expect(await boardColumn(user, 'saved')).toEqual(['A', 'B', 'C', 'D']);

    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${b.id}`,
      headers: user.auth,
      payload: { status: 'applied' },
    });
    const e = await insertApplication(t, user, { company: 'E', status: 'applied' });
    await move(user, e.id, b.id);
    expect(await boardColumn(user, 'applied')).toEqual(['B', 'E']);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${c.id}`,
      headers: user.auth,
      payload: { status: 'applied' },
    });
    expect(await boardColumn(user, 'applied')).toEqual(['C', 'B', 'E']);
    expect(await boardColumn(user, 'saved')).toEqual(['A', 'D']);
  });

  it('refuses a place after a card of another column with a readable message', async () => {
    const user = await signedInUser(t);
    const saved = await insertApplication(t, user);
    const applied = await insertApplication(t, user, { status: 'applied' });
    const res = await move(user, saved.id, applied.id);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toMatch(/not in the same column/);
    expect((await move(user, saved.id, saved.id)).statusCode).toBe(422);
  });

  it("answers 404 for another user's card and never moves it", async () => {
    const owner = await signedInUser(t);
    const stranger = await signedInUser(t);
    const x = await insertApplication(t, owner, { company: 'X' });
    const y = await insertApplication(t, owner, { company: 'Y' });
    const res = await move(stranger, x.id, null);
    expect(res.statusCode).toBe(404);
    expect(await boardColumn(owner, 'saved')).toEqual(['Y', 'X']);
    // Nor can the stranger use the owner's card as the anchor for their own.
    const mine = await insertApplication(t, stranger);
    expect((await move(stranger, mine.id, y.id)).statusCode).toBe(422);
  });
});
