import { insertUser } from '#modules/identity/identity.factory.ts';
import type { Db } from '#platform/db.ts';
import { contactApplications, contacts } from './contacts.table.ts';

type NewContactRow = typeof contacts.$inferInsert;
type ContactRow = typeof contacts.$inferSelect;

/**
 * Inserts a contact (a recruiter at Acme unless overridden) and its links to `applicationIds`. Makes its owner
 * when `userId` is not given. Emails are stored as given: pass them lower-cased, as the service stores them.
 * Nothing is linked to a user by email here; set `linkedUserId` for that.
 */
export async function insertContact(
  db: Db,
  overrides: Partial<NewContactRow> & { applicationIds?: string[] } = {},
): Promise<ContactRow> {
  const { applicationIds = [], ...values } = overrides;
  const userId = values.userId ?? (await insertUser(db)).id;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(contacts)
      .values({ name: 'Riley Recruiter', company: 'Acme', position: 'Recruiter', ...values, userId })
      .returning();
    if (!row) throw new Error('insert returned no contact');
    if (applicationIds.length > 0) {
      await tx
        .insert(contactApplications)
        .values(applicationIds.map((applicationId) => ({ contactId: row.id, applicationId })));
    }
    return row;
  });
}
