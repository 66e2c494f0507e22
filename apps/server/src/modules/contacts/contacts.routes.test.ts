import type { Contact, CreateContactInput } from '@jobpilot/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { drainQueue, insertApplication, PASSWORD, type SignedInUser, signedInUser, verifyEmail } from '#test/client.ts';
import { insertContact as insertContactRow } from './contacts.factory.ts';

const PUBLIC_URL = 'https://jobs.example.com';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ PUBLIC_URL });
});
afterAll(() => t.close());

const create = (user: SignedInUser, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/contacts', headers: user.auth, payload });
async function insertContact(user: SignedInUser, input: CreateContactInput): Promise<Contact> {
  const res = await create(user, input);
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json().data;
}
const get = (user: SignedInUser, id: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/contacts/${id}`, headers: user.auth });
const patch = (user: SignedInUser, id: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'PATCH', url: `/api/v1/contacts/${id}`, headers: user.auth, payload });
const list = (user: SignedInUser, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/v1/contacts${query}`, headers: user.auth });
const namesIn = (res: { json(): { data: Contact[] } }) => res.json().data.map((c) => c.name);

describe('contacts CRUD', () => {
  it('creates with every field, normalises addresses, reads, updates and deletes', async () => {
    const user = await signedInUser(t);
    const app = await insertApplication(t, user, { company: 'Globex' });
    const created = await insertContact(user, {
      name: '  Sam Rivera ',
      position: 'Engineering Manager',
      company: 'Globex',
      emails: [' Sam.Rivera@Globex.com', 'sam.rivera@globex.com', 'sam@home.example'],
      phones: ['+1 (555) 010-2000 ext. 12'],
      links: ['https://www.linkedin.com/in/samrivera'],
      notes: 'Met at the meetup',
      applicationIds: [app.id],
    });
    expect(created).toMatchObject({
      name: 'Sam Rivera',
      position: 'Engineering Manager',
      company: 'Globex',
      emails: ['sam.rivera@globex.com', 'sam@home.example'],
      phones: ['+1 (555) 010-2000 ext. 12'],
      links: ['https://www.linkedin.com/in/samrivera'],
      notes: 'Met at the meetup',
      applicationIds: [app.id],
      linkedUserId: null,
      linkedUser: null,
    });

    const got = await get(user, created.id);
    expect(got.statusCode).toBe(200);
    expect(got.json().data).toEqual(created);

    const changed = await patch(user, created.id, { position: null, applicationIds: [], phones: [] });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().data).toMatchObject({ position: null, applicationIds: [], phones: [], company: 'Globex' });

    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/contacts/${created.id}`, headers: user.auth });
    expect(del.statusCode).toBe(204);
    expect((await get(user, created.id)).statusCode).toBe(404);
  });

  it('answers 422 naming the field, and saves nothing', async () => {
    const user = await signedInUser(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: '' }, 'name'],
      [{ name: 'A', emails: ['not-an-address'] }, 'emails.0'],
      [{ name: 'A', emails: ['a@b.co', ''] }, 'emails.1'],
      [{ name: 'A', phones: ['call me'] }, 'phones.0'],
      [{ name: 'A', links: ['javascript:alert(1)'] }, 'links.0'],
      [{ name: 'A', links: ['ftp://files.example.com'] }, 'links.0'],
      [{ name: 'A', emails: Array.from({ length: 11 }, (_, i) => `a${i}@b.co`) }, 'emails'],
      [{ name: 'A', applicationIds: ['nope'] }, 'applicationIds.0'],
      [{ name: 'A', notes: 'x'.repeat(20_001) }, 'notes'],
    ];
    for (const [payload, field] of cases) {
      const res = await create(user, payload);
      expect(res.statusCode, field).toBe(422);
      expect(res.json()).toMatchObject({
        success: false,
        statusCode: 422,
        error: { code: 'VALIDATION_FAILED', field },
      });
    }
    const empty = await patch(user, '00000000-0000-4000-8000-000000000000', {});
    expect(empty.statusCode).toBe(422);
    expect((await list(user)).json().pagination.total).toBe(0);
  });

  it('accepts only applications of the user: another user’s or a missing one is 422', async () => {
    const owner = await signedInUser(t);
    const other = await signedInUser(t);
    const theirs = await insertApplication(t, other);
    for (const id of [theirs.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await create(owner, { name: 'Sam', applicationIds: [id] });
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toMatchObject({ field: 'applicationIds', message: 'This application does not exist' });
    }
    const contact = await insertContact(owner, { name: 'Sam' });
    const res = await patch(owner, contact.id, { applicationIds: [theirs.id] });
    expect(res.statusCode).toBe(422);
    expect((await get(owner, contact.id)).json().data.applicationIds).toEqual([]);
  });

  it('needs a session for every route', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, url] of [
      ['GET', '/api/v1/contacts'],
      ['POST', '/api/v1/contacts'],
      ['GET', `/api/v1/contacts/${id}`],
      ['PATCH', `/api/v1/contacts/${id}`],
      ['DELETE', `/api/v1/contacts/${id}`],
    ] as const) {
      const res = await t.app.inject({
        method,
        url,
        payload: method === 'GET' || method === 'DELETE' ? undefined : { name: 'X' },
      });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe("another user's contact", () => {
  it('is 404 for B on read, update and delete, exactly like a missing id, and A keeps it unchanged', async () => {
    const a = await signedInUser(t);
    const b = await signedInUser(t);
    const contact = await insertContact(a, { name: 'Private Person', emails: ['pp@example.com'] });
    const missing = '00000000-0000-4000-8000-000000000000';
    const attempts = [
      [await get(b, contact.id), await get(b, missing)],
      [await patch(b, contact.id, { name: 'Hacked' }), await patch(b, missing, { name: 'Hacked' })],
      [
        await t.app.inject({ method: 'DELETE', url: `/api/v1/contacts/${contact.id}`, headers: b.auth }),
        await t.app.inject({ method: 'DELETE', url: `/api/v1/contacts/${missing}`, headers: b.auth }),
      ],
    ];
    for (const [theirs, none] of attempts) {
      expect(theirs?.statusCode).toBe(404);
      expect(theirs?.json().error).toEqual(none?.json().error);
    }
    expect((await list(b)).json().data).toEqual([]);
    expect((await get(a, contact.id)).json().data).toEqual(contact);
  });
});

describe('listing and search', () => {
  let user: SignedInUser;
  let appId: string;
  beforeAll(async () => {
    user = await signedInUser(t);
    appId = (await insertApplication(t, user)).id;
    const db = t.ctx.database.db;
    const userId = user.id;
    await insertContactRow(db, { userId, name: 'Sam Rivera', company: 'Globex', position: 'Engineering Manager' });
    await insertContactRow(db, {
      userId,
      name: 'ann lee',
      company: 'Acme',
      position: 'Recruiter',
      applicationIds: [appId],
    });
    await insertContactRow(db, { userId, name: 'Bo Chen', company: 'Initech 100%', position: 'Senior Engineer' });
    await insertContactRow(db, { userId, name: 'Cy Frontier', company: null, position: null });
  });

  it('lists by name, case-insensitively, in the list envelope', async () => {
    const res = await list(user, '?limit=3');
    expect(namesIn(res)).toEqual(['ann lee', 'Bo Chen', 'Cy Frontier']);
    expect(res.json().pagination).toEqual({
      page: 1,
      limit: 3,
      total: 4,
      totalPages: 2,
      hasNext: true,
      hasPrev: false,
    });
    const past = await list(user, '?limit=3&page=5');
    expect(past.json().data).toEqual([]);
    expect(past.json().pagination.total).toBe(4);
  });

  it('searches name, company and position on partial words; every word must match', async () => {
    expect(namesIn(await list(user, '?q=ENGIN'))).toEqual(['Bo Chen', 'Sam Rivera']);
    expect(namesIn(await list(user, '?q=glob'))).toEqual(['Sam Rivera']);
    expect(namesIn(await list(user, '?q=recruit%20acme'))).toEqual(['ann lee']);
    expect(namesIn(await list(user, '?q=front'))).toEqual(['Cy Frontier']);
    expect(namesIn(await list(user, '?q=100%25'))).toEqual(['Bo Chen']);
    expect(namesIn(await list(user, '?q=%25'))).toEqual(['Bo Chen']);
    expect(namesIn(await list(user, '?q=_'))).toEqual([]);
  });

  it('filters by application', async () => {
    expect(namesIn(await list(user, `?applicationId=${appId}`))).toEqual(['ann lee']);
    const bad = await list(user, '?applicationId=nope');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.field).toBe('applicationId');
  });
});

describe('linking a contact to a JobPilot user', () => {
  const setProfile = (user: SignedInUser, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'PUT', url: '/api/v1/profile', headers: user.auth, payload });

  it('links by a verified email at once, and unlinks when the address is removed', async () => {
    const owner = await signedInUser(t, { name: 'Owner' });
    const dana = await signedInUser(t, { name: 'Dana Scully', emailVerified: true });
    const contact = await insertContact(owner, { name: 'Dana', emails: [dana.email.toUpperCase()] });
    expect(contact.linkedUserId).toBe(dana.id);
    expect(contact.linkedUser).toEqual({ id: dana.id, name: 'Dana Scully', profileVisible: true });
    const unlinked = await patch(owner, contact.id, { emails: ['other@example.com'] });
    expect(unlinked.json().data).toMatchObject({ linkedUserId: null, linkedUser: null });
  });

  it('links by a link to the JobPilot profile', async () => {
    const owner = await signedInUser(t, { name: 'Owner' });
    const fox = await signedInUser(t, { name: 'Fox Mulder' });
    const contact = await insertContact(owner, {
      name: 'Fox',
      links: ['https://github.com/fox', `${PUBLIC_URL}/people/${fox.id}/`],
    });
    expect(contact.linkedUserId).toBe(fox.id);
    const elsewhere = await insertContact(owner, {
      name: 'Not Fox',
      links: [`https://other.example/people/${fox.id}`],
    });
    expect(elsewhere.linkedUserId).toBeNull();
  });

  it('does not link to an account whose email is not verified: anyone can register any address', async () => {
    const owner = await signedInUser(t, { name: 'Owner' });
    const impostor = await signedInUser(t, { name: 'Recruiter at BigCo' });
    const contact = await insertContact(owner, { name: 'Real recruiter', emails: [impostor.email] });
    expect(contact.linkedUserId).toBeNull();
    expect(contact.linkedUser).toBeNull();
  });

  it('links when the person registers and verifies after the contact was saved, in every user’s contacts', async () => {
    const first = await signedInUser(t, { name: 'First' });
    const second = await signedInUser(t, { name: 'Second' });
    const email = `walter.${Date.now()}@example.com`;
    const a = await insertContact(first, { name: 'Walter', emails: [email] });
    const b = await insertContact(second, { name: 'W. Skinner', emails: ['w@example.net', email] });
    expect(a.linkedUserId).toBeNull();

    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { email: email.toUpperCase(), password: PASSWORD, name: 'Walter Skinner' },
    });
    expect(res.statusCode).toBe(201);
    const walterId = res.json().data.user.id;
    expect((await get(first, a.id)).json().data.linkedUserId).toBeNull();

    await verifyEmail(t, email);
    // Linking is a durable reaction to identity.email-verified: a job that runs right after.
    await drainQueue(t, 'contacts.on.identity.email-verified');
    for (const [user, contact] of [
      [first, a],
      [second, b],
    ] as const) {
      const got = (await get(user, contact.id)).json().data;
      expect(got.linkedUserId).toBe(walterId);
      expect(got.linkedUser).toEqual({ id: walterId, name: 'Walter Skinner', profileVisible: true });
    }
  });

  it('keeps the link to a private profile but does not show the name', async () => {
    const owner = await signedInUser(t, { name: 'Owner' });
    const shy = await signedInUser(t, { name: 'Shy Person', emailVerified: true });
    await setProfile(shy, { name: 'Shy Person', visibility: 'private' });
    const contact = await insertContact(owner, { name: 'Shy', emails: [shy.email] });
    expect(contact.linkedUserId).toBe(shy.id);
    expect(contact.linkedUser).toEqual({ id: shy.id, name: null, profileVisible: false });
  });
});
