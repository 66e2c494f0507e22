import {
  type Contact,
  type createContactSchema,
  ErrorCode,
  type LinkedUser,
  type updateContactSchema,
} from '@jobpilot/contracts';
import type { z } from 'zod';
import type { Actor } from '#platform/access.ts';
import { AppError, notFound } from '#platform/errors.ts';
import type { ContactRecord, ContactsRepository, ContactValues } from './contacts.repository.ts';

type CreateInput = z.output<typeof createContactSchema>;
type UpdateInput = z.output<typeof updateContactSchema>;

/** Who a contact is on JobPilot: the profiles module answers, contacts never read accounts themselves. */
export interface PeopleDirectory {
  /** For each contact (addresses, links), the account it is, or null. */
  matchUsers(contacts: { emails: string[]; links: string[] }[]): Promise<(string | null)[]>;
  linkedUsers(ids: string[]): Promise<Map<string, LinkedUser>>;
}

/** The applications module's check that an application is the user's (it throws 404 otherwise). */
export interface ApplicationLookup {
  get(actor: Actor, id: string): Promise<unknown>;
}

export function toContact(row: ContactRecord, linked: Map<string, LinkedUser>): Contact {
  return {
    id: row.id,
    name: row.name,
    position: row.position,
    company: row.company,
    emails: row.emails,
    phones: row.phones,
    links: row.links,
    notes: row.notes,
    applicationIds: row.applicationIds,
    linkedUserId: row.linkedUserId,
    linkedUser: row.linkedUserId ? (linked.get(row.linkedUserId) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Contacts (ADR 008): applications they belong to must be the user's own; a contact whose address or
 * profile link belongs to an account is linked to it, now or when that person registers.
 */
export function createContactsService(deps: {
  repository: ContactsRepository;
  applications: ApplicationLookup;
  people: PeopleDirectory;
}) {
  const { repository, applications, people } = deps;
  const missing = () => notFound('Contact');

  async function present(rows: ContactRecord[]): Promise<Contact[]> {
    const ids = rows.map((r) => r.linkedUserId).filter((id): id is string => id !== null);
    const linked = await people.linkedUsers(ids);
    return rows.map((r) => toContact(r, linked));
  }
  const presentOne = async (row: ContactRecord) => (await present([row]))[0] as Contact;

  /** 422 naming `applicationIds` unless every id is one of the user's applications (someone else's is "not found" too). */
  async function checkApplications(actor: Actor, ids: string[]): Promise<void> {
    for (const [at, id] of ids.entries()) {
      try {
        await applications.get(actor, id);
      } catch (err) {
        if (err instanceof AppError && err.code === ErrorCode.NotFound) {
          throw new AppError(ErrorCode.ValidationFailed, 'This application does not exist', {
            field: 'applicationIds',
            details: [{ field: `applicationIds.${at}`, message: 'This application does not exist' }],
          });
        }
        throw err;
      }
    }
  }

  async function linkOf(emails: string[], links: string[]): Promise<string | null> {
    const [id] = await people.matchUsers([{ emails, links }]);
    return id ?? null;
  }

  return {
    present,

    async list(
      { userId }: Actor,
      input: { q?: string | undefined; applicationId?: string | undefined; page: number; limit: number },
    ) {
      const { rows, total } = await repository.list(userId, input);
      return { items: await present(rows), total };
    },

    async get({ userId }: Actor, id: string): Promise<Contact> {
      const row = await repository.find(userId, id);
      if (!row) throw missing();
      return presentOne(row);
    },

    async create(actor: Actor, input: CreateInput): Promise<Contact> {
      const { userId } = actor;
      const { applicationIds, ...fields } = input;
      await checkApplications(actor, applicationIds);
      const values: ContactValues = { ...fields, linkedUserId: await linkOf(fields.emails, fields.links) };
      return presentOne(await repository.create(userId, values, applicationIds));
    },

    async update(actor: Actor, id: string, input: UpdateInput): Promise<Contact> {
      const { userId } = actor;
      const current = await repository.find(userId, id);
      if (!current) throw missing();
      const { applicationIds, ...fields } = input;
      if (applicationIds) await checkApplications(actor, applicationIds);
      const patch: Partial<ContactValues> = { ...fields };
      if (fields.emails || fields.links) {
        patch.linkedUserId = await linkOf(fields.emails ?? current.emails, fields.links ?? current.links);
      }
      const row = await repository.update(userId, id, patch, applicationIds);
      if (!row) throw missing();
      return presentOne(row);
    },

    async remove({ userId }: Actor, id: string): Promise<void> {
      if (!(await repository.delete(userId, id))) throw missing();
    },

    /** A new account: every contact (of any user) with its address, not linked yet, now points at it. */
    async linkVerifiedUser(user: { id: string; email: string }): Promise<number> {
      return repository.linkUnlinked(user.id, user.email.toLowerCase());
    },
  };
}

export type ContactsService = ReturnType<typeof createContactsService>;
