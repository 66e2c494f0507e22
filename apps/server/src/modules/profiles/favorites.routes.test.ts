import type { PersonSummary } from '@jobpilot/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { type SignedInUser, signedInUser } from '#test/client.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const add = (user: SignedInUser, userId: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/v1/favorites', headers: user.auth, payload: { userId } });
const remove = (user: SignedInUser, userId: string) =>
  t.app.inject({ method: 'DELETE', url: `/api/v1/favorites/${userId}`, headers: user.auth });
const listOf = async (user: SignedInUser, query = '') => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/favorites${query}`, headers: user.auth });
  expect(res.statusCode).toBe(200);
  return res.json() as { data: PersonSummary[]; pagination: { total: number } };
};
const setVisibility = (user: SignedInUser, name: string, visibility: string) =>
  t.app.inject({ method: 'PUT', url: '/api/v1/profile', headers: user.auth, payload: { name, visibility } });

describe('favourites', () => {
  it('adds once (201, then 200), lists newest first, and removes', async () => {
    const me = await signedInUser(t, { name: 'Me' });
    const ann = await signedInUser(t, { name: 'Ann' });
    const bo = await signedInUser(t, { name: 'Bo' });
    const first = await add(me, ann.id);
    expect(first.statusCode).toBe(201);
    expect(first.json().data).toMatchObject({ id: ann.id, name: 'Ann', isFavorite: true });
    expect((await add(me, ann.id)).statusCode).toBe(200);
    await add(me, bo.id);

    const favourites = await listOf(me);
    expect(favourites.data.map((p) => p.name)).toEqual(['Bo', 'Ann']);
    expect(favourites.pagination.total).toBe(2);
    const search = await t.app.inject({ method: 'GET', url: '/api/v1/users?q=Ann', headers: me.auth });
    expect(search.json().data.find((p: PersonSummary) => p.id === ann.id).isFavorite).toBe(true);
    const profile = await t.app.inject({ method: 'GET', url: `/api/v1/users/${ann.id}`, headers: me.auth });
    expect(profile.json().data.isFavorite).toBe(true);

    expect((await remove(me, ann.id)).statusCode).toBe(204);
    expect((await listOf(me)).data.map((p) => p.name)).toEqual(['Bo']);
    expect((await remove(me, ann.id)).statusCode).toBe(404);
  });

  it('cannot favourite a private or missing profile (the same 404), nor oneself (422)', async () => {
    const me = await signedInUser(t, { name: 'Me' });
    const shy = await signedInUser(t, { name: 'Shy' });
    await setVisibility(shy, 'Shy', 'private');
    const hidden = await add(me, shy.id);
    const missing = await add(me, '00000000-0000-4000-8000-000000000000');
    expect(hidden.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(hidden.json().error).toEqual(missing.json().error);
    const self = await add(me, me.id);
    expect(self.statusCode).toBe(422);
    expect(self.json().error.field).toBe('userId');
    const bad = await add(me, 'nope');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.field).toBe('userId');
    expect((await listOf(me)).data).toEqual([]);
  });

  it('hides a favourite while its profile is private and shows it again when public', async () => {
    const me = await signedInUser(t, { name: 'Me' });
    const cy = await signedInUser(t, { name: 'Cy' });
    await add(me, cy.id);
    await setVisibility(cy, 'Cy', 'private');
    expect((await listOf(me)).data).toEqual([]);
    await setVisibility(cy, 'Cy', 'public');
    expect((await listOf(me)).data.map((p) => p.id)).toEqual([cy.id]);
  });

  it("keeps each user's favourites apart: B neither sees nor removes A's", async () => {
    const a = await signedInUser(t, { name: 'A' });
    const b = await signedInUser(t, { name: 'B' });
    const star = await signedInUser(t, { name: 'Star' });
    await add(a, star.id);
    expect((await listOf(b)).data).toEqual([]);
    expect((await remove(b, star.id)).statusCode).toBe(404);
    expect((await listOf(a)).data.map((p) => p.id)).toEqual([star.id]);
  });

  it('needs a session', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, url] of [
      ['GET', '/api/v1/favorites'],
      ['POST', '/api/v1/favorites'],
      ['DELETE', `/api/v1/favorites/${id}`],
    ] as const) {
      const res = await t.app.inject({ method, url, payload: method === 'POST' ? { userId: id } : undefined });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
  });
});
