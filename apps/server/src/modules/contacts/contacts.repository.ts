import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '#platform/db.ts';
import { type ContactRow, contactApplications, contacts } from './contacts.table.ts';

export interface ContactRecord extends ContactRow {
  applicationIds: string[];
}

export type ContactValues = Pick<
  ContactRow,
  'name' | 'position' | 'company' | 'emails' | 'phones' | 'links' | 'notes' | 'linkedUserId'
>;

export interface ContactFilter {
  q?: string | undefined;
  applicationId?: string | undefined;
}

/** What duplicate checks compare: addresses, and name with phones for contacts without one. */
export type ContactKey = Pick<ContactRow, 'id' | 'name' | 'emails' | 'phones'>;

/** `%`, `_` and `\` match themselves in a search. */
const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const applicationIdsOf = sql<
  string[]
>`coalesce((select array_agg(${contactApplications.applicationId}::text order by ${contactApplications.applicationId}) from ${contactApplications} where ${contactApplications.contactId} = ${contacts.id}), '{}')`;

const record = { row: contacts, applicationIds: applicationIdsOf };

/** Every word must appear, case-insensitively and anywhere, in the name, the company, the position or one of the emails. */
function whereOf(userId: string, f: ContactFilter): SQL | undefined {
  const words = (f.q ?? '').split(/\s+/).filter(Boolean);
  return and(
    eq(contacts.userId, userId),
    f.applicationId
      ? sql`exists (select 1 from ${contactApplications} where ${contactApplications.contactId} = ${contacts.id} and ${contactApplications.applicationId} = ${f.applicationId})`
      : undefined,
    ...words.map((w) =>
      or(
        sql`${contacts.name} ilike ${likePattern(w)}`,
        sql`${contacts.company} ilike ${likePattern(w)}`,
        sql`${contacts.position} ilike ${likePattern(w)}`,
        sql`array_to_string(${contacts.emails}, ' ') ilike ${likePattern(w)}`,
      ),
    ),
  );
}

const byName = [sql`lower(${contacts.name})`, contacts.id];
const toRecord = (r: { row: ContactRow; applicationIds: string[] }): ContactRecord => ({
  ...r.row,
  applicationIds: r.applicationIds,
});

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

async function setApplications(tx: Tx, contactId: string, applicationIds: string[]) {
  await tx.delete(contactApplications).where(eq(contactApplications.contactId, contactId));
  if (applicationIds.length === 0) return;
  await tx.insert(contactApplications).values(applicationIds.map((applicationId) => ({ contactId, applicationId })));
}

/** Every query of contacts, scoped by the owner (linking a newly registered user is the one exception). */
export function createContactsRepository(db: Db) {
  async function find(userId: string, id: string): Promise<ContactRecord | undefined> {
    const [row] = await db
      .select(record)
      .from(contacts)
      .where(and(eq(contacts.id, id), eq(contacts.userId, userId)));
    return row && toRecord(row);
  }

  return {
    find,

    async list(userId: string, f: ContactFilter & { page: number; limit: number }) {
      const where = whereOf(userId, f);
      const found = await db
        .select({ ...record, total: sql<number>`(select count(*) from ${contacts} where ${where})`.mapWith(Number) })
        .from(contacts)
        .where(where)
        .orderBy(...byName)
        .limit(f.limit)
        .offset((f.page - 1) * f.limit);
      if (found.length > 0 || f.page === 1) return { rows: found.map(toRecord), total: found[0]?.total ?? 0 };
      return { rows: [], total: await db.$count(contacts, where) };
    },

    /** All matching contacts, by name (for export). */
    async all(userId: string, f: ContactFilter): Promise<ContactRecord[]> {
      const rows = await db
        .select(record)
        .from(contacts)
        .where(whereOf(userId, f))
        .orderBy(...byName);
      return rows.map(toRecord);
    },

    async create(userId: string, values: ContactValues, applicationIds: string[]): Promise<ContactRecord> {
      const id = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(contacts)
          .values({ ...values, userId })
          .returning({ id: contacts.id });
        if (!row) throw new Error('insert returned no row');
        await setApplications(tx, row.id, applicationIds);
        return row.id;
      });
      const created = await find(userId, id);
      if (!created) throw new Error('created contact vanished');
      return created;
    },

    /** Many contacts in one transaction (an import); returns their ids in order. */
    async createMany(userId: string, values: ContactValues[]): Promise<string[]> {
      if (values.length === 0) return [];
      return db.transaction(async (tx) => {
        const ids: string[] = [];
        for (let at = 0; at < values.length; at += 500) {
          const rows = await tx
            .insert(contacts)
            .values(values.slice(at, at + 500).map((v) => ({ ...v, userId })))
            .returning({ id: contacts.id });
          ids.push(...rows.map((r) => r.id));
        }
        return ids;
      });
    },

    /** Undefined when the contact is not the user's. `applicationIds` replaces the links when given. */
    async update(
      userId: string,
      id: string,
      patch: Partial<ContactValues>,
      applicationIds: string[] | undefined,
    ): Promise<ContactRecord | undefined> {
      const updated = await db.transaction(async (tx) => {
        const [row] = await tx
          .update(contacts)
          .set({ ...patch, updatedAt: sql`now()` })
          .where(and(eq(contacts.id, id), eq(contacts.userId, userId)))
          .returning({ id: contacts.id });
        if (!row) return false;
        if (applicationIds) await setApplications(tx, id, applicationIds);
        return true;
      });
      return updated ? find(userId, id) : undefined;
    },

    async delete(userId: string, id: string): Promise<boolean> {
      const gone = await db
        .delete(contacts)
        .where(and(eq(contacts.id, id), eq(contacts.userId, userId)))
        .returning({ id: contacts.id });
      return gone.length > 0;
    },

    /** The user's contacts that share an address with `emails` or have one of `names` (lower-case). */
    async duplicateCandidates(userId: string, emails: string[], names: string[]): Promise<ContactKey[]> {
      if (emails.length === 0 && names.length === 0) return [];
      // One parameter, not one per address: PGlite binds 2,000 parameters on the event loop in 200+ ms.
      const emailArray = sql`array(select jsonb_array_elements_text(${JSON.stringify(emails)}::jsonb))`;
      return db
        .select({ id: contacts.id, name: contacts.name, emails: contacts.emails, phones: contacts.phones })
        .from(contacts)
        .where(
          and(
            eq(contacts.userId, userId),
            or(
              emails.length > 0 ? sql`${contacts.emails} && ${emailArray}` : undefined,
              names.length > 0 ? inArray(sql`lower(${contacts.name})`, names) : undefined,
            ),
          ),
        );
    },

    /** Links every not-yet-linked contact, of any user, that has this address to the account. */
    async linkUnlinked(linkedUserId: string, email: string): Promise<number> {
      const linked = await db
        .update(contacts)
        .set({ linkedUserId })
        .where(and(sql`${contacts.linkedUserId} is null`, sql`${contacts.emails} @> array[${email}]::text[]`))
        .returning({ id: contacts.id });
      return linked.length;
    },

    /**
     * The user's contacts, oldest first, and which of the user's applications each is linked to, for the "all my
     * data" export (ADR 010). Not the linked account: that is another person's.
     */
    async exportRows(userId: string) {
      const [rows, links] = await Promise.all([
        db
          .select({
            id: contacts.id,
            name: contacts.name,
            position: contacts.position,
            company: contacts.company,
            emails: contacts.emails,
            phones: contacts.phones,
            links: contacts.links,
            notes: contacts.notes,
            createdAt: contacts.createdAt,
            updatedAt: contacts.updatedAt,
          })
          .from(contacts)
          .where(eq(contacts.userId, userId))
          .orderBy(asc(contacts.createdAt), asc(contacts.id)),
        db
          .select({ contactId: contactApplications.contactId, applicationId: contactApplications.applicationId })
          .from(contactApplications)
          .innerJoin(contacts, eq(contacts.id, contactApplications.contactId))
          .where(eq(contacts.userId, userId)),
      ]);
      return { contacts: rows, links };
    },
  };
}

export type ContactsRepository = ReturnType<typeof createContactsRepository>;
