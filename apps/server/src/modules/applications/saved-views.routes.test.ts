import type { SavedView } from '@jobpilot/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { type SignedInUser, signedInUser } from '#test/client.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const call = (user: SignedInUser, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: user.auth, ...(payload ? { payload } : {}) });

describe('saved views', () => {
  it('saves filters, search and sort under a name, lists, reads and deletes them', async () => {
    const user = await signedInUser(t);
    const res = await call(user, 'POST', '/saved-views', {
      name: 'Berlin backend',
      search: {
        q: 'backend',
        location: 'Berlin',
        status: ['applied'],
        salaryMin: 60000,
        currency: 'eur',
        sort: '-salary',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json<{ data: SavedView }>().data;
    // Only what was chosen is kept (no empty tag list), values as the list reads them.
    expect(view.search).toEqual({
      q: 'backend',
      location: 'Berlin',
      status: ['applied'],
      salaryMin: 60000,
      currency: 'EUR',
      sort: '-salary',
    });
    await call(user, 'POST', '/saved-views', { name: 'all offers', search: { status: ['offer'] } });

    const listed = (await call(user, 'GET', '/saved-views')).json<{ data: SavedView[] }>().data;
    expect(listed.map((v) => v.name)).toEqual(['all offers', 'Berlin backend']);
    const got = await call(user, 'GET', `/saved-views/${view.id}`);
    expect(got.json().data).toEqual(view);

    expect((await call(user, 'DELETE', `/saved-views/${view.id}`)).statusCode).toBe(204);
    expect((await call(user, 'GET', `/saved-views/${view.id}`)).statusCode).toBe(404);
    expect((await call(user, 'GET', '/saved-views')).json().data.map((v: SavedView) => v.name)).toEqual(['all offers']);
  });

  it('refuses a second view of the same name, a nameless one and a bad filter', async () => {
    const user = await signedInUser(t);
    await call(user, 'POST', '/saved-views', { name: 'Remote', search: {} });
    const again = await call(user, 'POST', '/saved-views', { name: 'remote', search: { q: 'x' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ field: 'name', message: 'You already have a view called “remote”' });
    const nameless = await call(user, 'POST', '/saved-views', { name: '', search: {} });
    expect(nameless.json().error).toMatchObject({ field: 'name', message: 'Enter a name for the view' });
    const bad = await call(user, 'POST', '/saved-views', { name: 'Odd', search: { sort: 'shoe size' } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.field).toBe('search.sort');
  });

  it("answers 404 for another user's view and does not delete it", async () => {
    const owner = await signedInUser(t);
    const intruder = await signedInUser(t);
    const view = (await call(owner, 'POST', '/saved-views', { name: 'Mine', search: { q: 'acme' } })).json().data;
    expect((await call(intruder, 'GET', `/saved-views/${view.id}`)).statusCode).toBe(404);
    expect((await call(intruder, 'DELETE', `/saved-views/${view.id}`)).statusCode).toBe(404);
    expect((await call(intruder, 'GET', '/saved-views')).json().data).toEqual([]);
    expect((await call(owner, 'GET', `/saved-views/${view.id}`)).statusCode).toBe(200);
  });
});
