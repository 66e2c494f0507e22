import type { PersonSummary } from '@jobpilot/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { type SignedInUser, signedInUser } from '#test/client.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const search = (user: SignedInUser, query: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/users${query}`, headers: user.auth });
const names = (res: { json(): { data: PersonSummary[] } }) => res.json().data.map((p) => p.name);
const setProfile = (user: SignedInUser, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PUT', url: '/api/v1/profile', headers: user.auth, payload });

describe('people search', () => {
  let viewer: SignedInUser;
  let john: SignedInUser;
  let hidden: SignedInUser;
  beforeAll(async () => {
    viewer = await signedInUser(t, { name: 'Vera Viewer' });
    john = await signedInUser(t, { name: 'John Smith' });
    await signedInUser(t, { name: 'Jane Smith' });
    await signedInUser(t, { name: 'Johnny Appleseed' });
    await signedInUser(t, { name: 'Maria Garcia' });
    hidden = await signedInUser(t, { name: 'John Smithers' });
    await setProfile(john, { name: 'John Smith', headline: 'Staff Engineer', location: 'Lisbon' });
    await setProfile(hidden, { name: 'John Smithers', visibility: 'private' });
  });

  it('finds "John Smith" from "Jon Smiht", best match first, with headline and location', async () => {
    const res = await search(viewer, '?q=Jon%20Smiht');
    expect(res.statusCode).toBe(200);
    expect(names(res)[0]).toBe('John Smith');
    expect(res.json().data[0]).toEqual({
      id: john.id,
      name: 'John Smith',
      headline: 'Staff Engineer',
      location: 'Lisbon',
      isFavorite: false,
      isSelf: false,
    });
    expect(names(res)).not.toContain('Maria Garcia');
  });

  it('matches a part of a name, case-insensitively', async () => {
    expect(names(await search(viewer, '?q=garc'))).toEqual(['Maria Garcia']);
    expect(names(await search(viewer, '?q=SMITH'))).toEqual(expect.arrayContaining(['John Smith', 'Jane Smith']));
  });

  it('leaves private profiles out, for everyone but their owner', async () => {
    expect(names(await search(viewer, '?q=Smithers'))).not.toContain('John Smithers');
    const own = await search(hidden, '?q=Smithers');
    expect(names(own)[0]).toBe('John Smithers');
    expect(own.json().data[0].isSelf).toBe(true);
  });

  it('pages the list envelope; without q everyone visible, by name', async () => {
    const res = await search(viewer, '?limit=2&page=2');
    expect(res.json().pagination).toMatchObject({ page: 2, limit: 2, hasPrev: true });
    const all = names(await search(viewer, '?limit=100'));
    expect(all).toEqual([...all].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(all).not.toContain('John Smithers');
    const past = await search(viewer, '?q=smith&page=50');
    expect(past.json().data).toEqual([]);
    expect(past.json().pagination.total).toBeGreaterThanOrEqual(2);
  });

  it('answers 422 for an over-long query or a bad limit, and 401 without a session', async () => {
    const long = await search(viewer, `?q=${'a'.repeat(101)}`);
    expect(long.statusCode).toBe(422);
    expect(long.json().error.field).toBe('q');
    expect((await search(viewer, '?limit=0')).json().error.field).toBe('limit');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/users?q=john' })).statusCode).toBe(401);
  });
});

describe('a person’s profile', () => {
  const getPerson = (viewer: SignedInUser, id: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/users/${id}`, headers: viewer.auth });
  const kim = {
    name: 'Kim Park',
    headline: 'Designer',
    phone: '+44 20 7946 0000',
    location: 'London',
    skills: ['Figma'],
    links: ['https://dribbble.com/kim'],
  };

  it('shows a public profile to another signed-in user, without email and phone unless turned on', async () => {
    const owner = await signedInUser(t, { name: 'Kim Park' });
    const other = await signedInUser(t, { name: 'Lou' });
    await setProfile(owner, kim);
    const res = await getPerson(other, owner.id);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual({
      id: owner.id,
      name: 'Kim Park',
      email: null,
      headline: 'Designer',
      phone: null,
      location: 'London',
      skills: ['Figma'],
      links: ['https://dribbble.com/kim'],
      resume: null,
      isFavorite: false,
      isSelf: false,
    });
    expect(res.body).not.toContain(owner.email);
    expect(res.body).not.toContain('7946');
  });

  it('never shows the email of someone who never opened their profile settings', async () => {
    const owner = await signedInUser(t, { name: 'Nora Never' });
    const other = await signedInUser(t, { name: 'Otto' });
    const res = await getPerson(other, owner.id);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ name: 'Nora Never', email: null, phone: null });
  });

  it('shows email and phone once the owner turns them on, each on its own', async () => {
    const owner = await signedInUser(t, { name: 'Kim Open' });
    const other = await signedInUser(t, { name: 'Pia' });
    await setProfile(owner, { ...kim, name: 'Kim Open', showEmail: true, showPhone: true });
    expect((await getPerson(other, owner.id)).json().data).toMatchObject({
      email: owner.email,
      phone: '+44 20 7946 0000',
    });
    await setProfile(owner, { ...kim, name: 'Kim Open', showEmail: false, showPhone: true });
    expect((await getPerson(other, owner.id)).json().data).toMatchObject({ email: null, phone: '+44 20 7946 0000' });
  });

  it('always shows the owner their own email and phone', async () => {
    const owner = await signedInUser(t, { name: 'Sam Self' });
    await setProfile(owner, { ...kim, name: 'Sam Self' });
    expect((await getPerson(owner, owner.id)).json().data).toMatchObject({
      email: owner.email,
      phone: '+44 20 7946 0000',
      isSelf: true,
    });
    const mine = await t.app.inject({ url: '/api/v1/profile', headers: owner.auth });
    expect(mine.json().data).toMatchObject({ email: owner.email, showEmail: false, showPhone: false });
  });

  it('answers a private, a missing and a malformed id with the same 404', async () => {
    const owner = await signedInUser(t, { name: 'Max' });
    const other = await signedInUser(t, { name: 'Ned' });
    await setProfile(owner, { name: 'Max', visibility: 'private' });
    const get = (id: string, user = other) =>
      t.app.inject({ method: 'GET', url: `/api/v1/users/${id}`, headers: user.auth });
    const hidden = await get(owner.id);
    const missing = await get('00000000-0000-4000-8000-000000000000');
    const malformed = await get('not-a-uuid');
    for (const res of [hidden, missing, malformed]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    expect(hidden.json().error.message).toBe(missing.json().error.message);
    const own = await get(owner.id, owner);
    expect(own.statusCode).toBe(200);
    expect(own.json().data.isSelf).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/users/${owner.id}` })).statusCode).toBe(401);
  });
});
