import type { Application, ApplicationTag, ListedTag, Tag } from '@jobpilot/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { insertApplication, type SignedInUser, signedInUser } from '#test/client.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const call = (user: SignedInUser, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: user.auth, ...(payload ? { payload } : {}) });

async function createTag(user: SignedInUser, name: string, color = 'teal'): Promise<Tag> {
  const res = await call(user, 'POST', '/tags', { name, color });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data;
}

describe('tags', () => {
  it('creates, lists by name, renames, recolours and deletes a tag', async () => {
    const user = await signedInUser(t);
    const remote = await createTag(user, 'Remote', 'green');
    await createTag(user, 'dream job', 'grape');
    expect(remote).toMatchObject({ name: 'Remote', color: 'green' });
    const listed = (await call(user, 'GET', '/tags')).json().data.map((x: Tag) => x.name);
    expect(listed).toEqual(['dream job', 'Remote']);

    const patched = await call(user, 'PATCH', `/tags/${remote.id}`, { name: 'Remote OK', color: 'orange' });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().data).toMatchObject({ name: 'Remote OK', color: 'orange' });

    expect((await call(user, 'DELETE', `/tags/${remote.id}`)).statusCode).toBe(204);
    expect((await call(user, 'GET', '/tags')).json().data.map((x: Tag) => x.name)).toEqual(['dream job']);
  });

  it('a name is unique per user whatever its case, but two users may share one', async () => {
    const user = await signedInUser(t);
    const other = await signedInUser(t);
    const first = await createTag(user, 'Startup');
    const again = await call(user, 'POST', '/tags', { name: 'STARTUP' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ field: 'name', message: 'You already have a tag called “STARTUP”' });
    await createTag(other, 'startup');
    const second = await createTag(user, 'Fintech');
    const rename = await call(user, 'PATCH', `/tags/${second.id}`, { name: 'startup' });
    expect(rename.statusCode).toBe(409);
    expect(first.name).toBe('Startup');
  });

  it('refuses a colour outside the palette and an empty name', async () => {
    const user = await signedInUser(t);
    const bad = await call(user, 'POST', '/tags', { name: 'Nice', color: 'chartreuse' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.field).toBe('color');
    const empty = await call(user, 'POST', '/tags', { name: '  ' });
    expect(empty.json().error).toMatchObject({ field: 'name', message: 'Enter the tag name' });
  });

  it('attaches and detaches tags; the list shows them and filters by any of them', async () => {
    const user = await signedInUser(t);
    const acme = await insertApplication(t, user, { company: 'Acme' });
    const beta = await insertApplication(t, user, { company: 'Beta' });
    await insertApplication(t, user, { company: 'Gamma' });
    const remote = await createTag(user, 'Remote', 'green');
    const dream = await createTag(user, 'Dream', 'grape');

    const attached = await call(user, 'PUT', `/applications/${acme.id}/tags/${remote.id}`);
    expect(attached.statusCode).toBe(200);
    expect(attached.json().data).toEqual([{ id: remote.id, name: 'Remote', color: 'green' }]);
    // Twice is the same as once.
    expect((await call(user, 'PUT', `/applications/${acme.id}/tags/${remote.id}`)).json().data).toHaveLength(1);
    await call(user, 'PUT', `/applications/${acme.id}/tags/${dream.id}`);
    await call(user, 'PUT', `/applications/${beta.id}/tags/${dream.id}`);

    const list = (await call(user, 'GET', '/applications?sort=company')).json<{ data: Application[] }>().data;
    expect(list.map((a) => [a.company, a.tags?.map((x: ApplicationTag) => x.name)])).toEqual([
      ['Acme', ['Dream', 'Remote']],
      ['Beta', ['Dream']],
      ['Gamma', []],
    ]);
    const byTag = async (query: string) =>
      (await call(user, 'GET', `/applications?sort=company&${query}`)).json().data.map((a: Application) => a.company);
    expect(await byTag(`tag=${remote.id}`)).toEqual(['Acme']);
    expect(await byTag(`tag=${remote.id}&tag=${dream.id}`)).toEqual(['Acme', 'Beta']);

    // The list counts the applications carrying each tag, zero included.
    await createTag(user, 'Unused', 'gray');
    const counts = (await call(user, 'GET', '/tags')).json().data.map((x: ListedTag) => [x.name, x.applicationCount]);
    expect(counts).toEqual([
      ['Dream', 2],
      ['Remote', 1],
      ['Unused', 0],
    ]);

    const detached = await call(user, 'DELETE', `/applications/${acme.id}/tags/${remote.id}`);
    expect(detached.json().data.map((x: ApplicationTag) => x.name)).toEqual(['Dream']);
    expect(await byTag(`tag=${remote.id}`)).toEqual([]);
    const remoteAfter = (await call(user, 'GET', '/tags')).json().data.find((x: ListedTag) => x.id === remote.id);
    expect(remoteAfter.applicationCount).toBe(0);

    // Deleting a tag takes it off every application.
    await call(user, 'DELETE', `/tags/${dream.id}`);
    expect(await byTag(`tag=${dream.id}`)).toEqual([]);
  });

  it("answers 404 for another user's tag or application, and leaves them alone", async () => {
    const owner = await signedInUser(t);
    const intruder = await signedInUser(t);
    const theirTag = await createTag(owner, 'Private');
    const theirApp = await insertApplication(t, owner, { company: 'Secret Co' });
    const myTag = await createTag(intruder, 'Mine');
    const myApp = await insertApplication(t, intruder, { company: 'Mine Co' });

    for (const [method, url, body] of [
      ['PATCH', `/tags/${theirTag.id}`, { name: 'Stolen' }],
      ['DELETE', `/tags/${theirTag.id}`, undefined],
      ['PUT', `/applications/${myApp.id}/tags/${theirTag.id}`, undefined],
      ['PUT', `/applications/${theirApp.id}/tags/${myTag.id}`, undefined],
      ['DELETE', `/applications/${theirApp.id}/tags/${myTag.id}`, undefined],
    ] as const) {
      const res = await call(intruder, method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await call(owner, 'GET', '/tags')).json().data.map((x: Tag) => x.name)).toEqual(['Private']);
    expect((await call(owner, 'GET', '/applications')).json().data[0].tags).toEqual([]);
  });
});
