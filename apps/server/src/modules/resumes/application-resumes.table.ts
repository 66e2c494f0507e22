import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { applications } from '#modules/applications/applications.table.ts';
import { files } from '#modules/files/files.table.ts';
import { users } from '#modules/identity/identity.table.ts';
import { resumes, resumeVersions } from './resumes.table.ts';

/**
 * The résumé (and its version) sent with an application, and the PDF made of it then (issue 9, ADR 042). The
 * name and version number are kept so the record still reads after the résumé is deleted; the file is the
 * application's document (the person's own copy of what they sent).
 */
export const applicationResumes = pgTable(
  'application_resumes',
  {
    applicationId: uuid('application_id')
      .primaryKey()
      .references(() => applications.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    resumeId: uuid('resume_id').references(() => resumes.id, { onDelete: 'set null' }),
    versionId: uuid('version_id').references(() => resumeVersions.id, { onDelete: 'set null' }),
    resumeName: text('resume_name').notNull(),
    versionNumber: integer('version_number').notNull(),
    fileId: uuid('file_id').references(() => files.id, { onDelete: 'set null' }),
    template: text('template').notNull(),
    attachedAt: timestamp('attached_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('application_resumes_user_resume_idx').on(t.userId, t.resumeId)],
);

export type ApplicationResumeRow = typeof applicationResumes.$inferSelect;
