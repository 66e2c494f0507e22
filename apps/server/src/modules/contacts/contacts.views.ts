import type { Db } from '#platform/db.ts';
import { contactApplications, contacts } from './contacts.table.ts';

/**
 * Contacts for other modules' read models (an application's workspace), aliased `c`: a Drizzle subquery
 * PostgreSQL inlines (ADR 016, "Read models"). Names, roles and addresses only; no phones or notes.
 */
export function contactFacts(db: Db) {
  return db
    .select({
      id: contacts.id,
      userId: contacts.userId,
      name: contacts.name,
      position: contacts.position,
      company: contacts.company,
      emails: contacts.emails,
    })
    .from(contacts)
    .as('c');
}

/** Which contact is tied to which application, aliased `ca` (join it to `contactFacts` on `contactId`). */
export function contactLinks(db: Db) {
  return db
    .select({ contactId: contactApplications.contactId, applicationId: contactApplications.applicationId })
    .from(contactApplications)
    .as('ca');
}

export type ContactFacts = ReturnType<typeof contactFacts>;
export type ContactLinks = ReturnType<typeof contactLinks>;
