import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { applications } from '#modules/applications/applications.table.ts';
import { users } from '#modules/identity/identity.table.ts';

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    position: text('position'),
    company: text('company'),
    /** Lower-cased addresses, so linking to registered users is an exact match. */
    emails: text('emails').array().notNull().default([]),
    phones: text('phones').array().notNull().default([]),
    links: text('links').array().notNull().default([]),
    notes: text('notes'),
    /** The registered JobPilot user this contact is, when an email or profile link matches. */
    linkedUserId: uuid('linked_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('contacts_user_name_idx').on(t.userId, t.name),
    index('contacts_emails_idx').using('gin', t.emails),
    index('contacts_linked_user_idx').on(t.linkedUserId),
  ],
);

export const contactApplications = pgTable(
  'contact_applications',
  {
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.contactId, t.applicationId] }),
    index('contact_applications_app_idx').on(t.applicationId),
  ],
);

export type ContactRow = typeof contacts.$inferSelect;
