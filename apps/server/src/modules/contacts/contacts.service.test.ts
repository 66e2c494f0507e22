import type { LinkedUser } from '@jobpilot/contracts';
import { describe, expect, it } from 'vitest';
import { type Actor, userActor } from '#platform/access.ts';
import { AppError, notFound } from '#platform/errors.ts';
import type { ContactRecord, ContactsRepository, ContactValues } from './contacts.repository.ts';
import { createContactsService, type PeopleDirectory } from './contacts.service.ts';

/** The parts of the repository the service's rules use, in memory. */
function fakeRepository() {
  const rows: ContactRecord[] = [];
  const mine = (userId: string, id: string) => rows.find((r) => r.userId === userId && r.id === id);
  const repository = {
    find: async (userId: string, id: string) => mine(userId, id),
    async list(userId: string) {
      const own = rows.filter((r) => r.userId === userId);
      return { rows: own, total: own.length };
    },
    async create(userId: string, values: ContactValues, applicationIds: string[]) {
      const now = new Date();
      const row: ContactRecord = {
        ...values,
        id: crypto.randomUUID(),
        userId,
        applicationIds,
        createdAt: now,
        updatedAt: now,
      };
      rows.push(row);
      return row;
    },
    async update(userId: string, id: string, patch: Partial<ContactValues>, applicationIds?: string[]) {
      const row = mine(userId, id);
      if (!row) return undefined;
      Object.assign(row, patch, applicationIds ? { applicationIds } : {});
      return row;
    },
    async delete(userId: string, id: string) {
      const at = rows.findIndex((r) => r.userId === userId && r.id === id);
      return at >= 0 && rows.splice(at, 1).length === 1;
    },
    async linkUnlinked(userId: string, email: string) {
      const hits = rows.filter((r) => r.linkedUserId === null && r.emails.includes(email));
      for (const r of hits) r.linkedUserId = userId;
      return hits.length;
    },
  };
  return { rows, repository: repository as unknown as ContactsRepository };
}

const accounts: Record<string, string> = { 'dana@example.com': 'user-dana' };
const people: PeopleDirectory & { calls: number } = {
  calls: 0,
  async matchUsers(contacts) {
    people.calls += 1;
    return contacts.map((c) => c.emails.map((e) => accounts[e]).find(Boolean) ?? null);
  },
  async linkedUsers(ids) {
    return new Map<string, LinkedUser>(ids.map((id) => [id, { id, name: 'Dana', profileVisible: true }]));
  },
};
const applications = {
  async get({ userId }: Actor, id: string) {
    if (userId === 'u1' && id === 'app-1') return { id };
    throw notFound('Application');
  },
};
const blank = { position: null, company: null, emails: [], phones: [], links: [], notes: null, applicationIds: [] };

function setup() {
  const { rows, repository } = fakeRepository();
  return { rows, service: createContactsService({ repository, applications, people }) };
}

describe('contacts service', () => {
  it('links a contact to the account its address belongs to, and shows that user', async () => {
    const { service } = setup();
    const contact = await service.create(userActor('u1'), { ...blank, name: 'Dana', emails: ['dana@example.com'] });
    expect(contact.linkedUserId).toBe('user-dana');
    expect(contact.linkedUser).toEqual({ id: 'user-dana', name: 'Dana', profileVisible: true });
  });

  it('re-checks the link only when addresses or links change', async () => {
    const { service } = setup();
    const contact = await service.create(userActor('u1'), { ...blank, name: 'Dana', emails: ['dana@example.com'] });
    const before = people.calls;
    await service.update(userActor('u1'), contact.id, { notes: 'coffee on Friday' });
    expect(people.calls).toBe(before);
    const moved = await service.update(userActor('u1'), contact.id, { emails: ['dana@new.example'] });
    expect(people.calls).toBe(before + 1);
    expect(moved.linkedUserId).toBeNull();
  });

  it("turns an unknown or someone else's application into a 422 on applicationIds and saves nothing", async () => {
    const { service, rows } = setup();
    await expect(
      service.create(userActor('u1'), { ...blank, name: 'A', applicationIds: ['app-1'] }),
    ).resolves.toMatchObject({
      applicationIds: ['app-1'],
    });
    const error = await service
      .create(userActor('u2'), { ...blank, name: 'B', applicationIds: ['app-1'] })
      .catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', extra: { field: 'applicationIds' } });
    expect(rows).toHaveLength(1);
  });

  it('links the contacts of every user that hold a new account’s address, lower-casing it', async () => {
    const { service, rows } = setup();
    await service.create(userActor('u1'), { ...blank, name: 'W', emails: ['walter@example.com'] });
    await service.create(userActor('u2'), { ...blank, name: 'W', emails: ['walter@example.com'] });
    expect(await service.linkVerifiedUser({ id: 'user-walter', email: 'Walter@Example.com' })).toBe(2);
    expect(rows.map((r) => r.linkedUserId)).toEqual(['user-walter', 'user-walter']);
  });

  it('answers 404 for a contact that is not the user’s', async () => {
    const { service } = setup();
    const contact = await service.create(userActor('u1'), { ...blank, name: 'Mine' });
    await expect(service.get(userActor('u2'), contact.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.update(userActor('u2'), contact.id, { name: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(service.remove(userActor('u2'), contact.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
