import { RESUME_VERSION_KINDS, type ResumeDocument } from '@jobpilot/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { files } from '#modules/files/files.table.ts';
import { users } from '#modules/identity/identity.table.ts';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/**
 * A person's résumés (issue 9): each a JSON Resume document plus JobPilot's metadata. At most one per user is
 * the default (the partial unique index); the service keeps exactly one while the user has any (ADR 036).
 */
export const resumes = pgTable(
  'resumes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    document: jsonb('document').$type<ResumeDocument>().notNull().default({}),
    /** Role families the résumé is for, e.g. `frontend`, `data`. */
    tags: text('tags').array().notNull().default([]),
    isDefault: boolean('is_default').notNull().default(false),
    /** The export template it prints with; null for the default template. */
    template: text('template'),
    /** The uploaded file it was parsed from, while that file is kept. */
    sourceFileId: uuid('source_file_id').references(() => files.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('resumes_user_updated_idx').on(t.userId, t.updatedAt),
    uniqueIndex('resumes_one_default_idx').on(t.userId).where(sql`${t.isDefault}`),
  ],
);

/**
 * The history of a résumé's document: numbered from 1, never rewritten except that the latest unsealed
 * autosave takes the autosaves that follow it within the coalescing window (ADR 036).
 */
export const resumeVersions = pgTable(
  'resume_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resumeId: uuid('resume_id')
      .notNull()
      .references(() => resumes.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    document: jsonb('document').$type<ResumeDocument>().notNull(),
    /** The résumé's name when the version was recorded. */
    name: text('name').notNull(),
    kind: text('kind', { enum: RESUME_VERSION_KINDS }).notNull(),
    /** A sealed version is final; only an unsealed autosave takes later autosaves. */
    sealed: boolean('sealed').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** The last write into the version (later than `created_at` once autosaves coalesced into it). */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('resume_versions_number_idx').on(t.resumeId, t.number),
    check('resume_versions_kind_check', sql`${t.kind} in (${inList(RESUME_VERSION_KINDS)})`),
  ],
);

export type ResumeRow = typeof resumes.$inferSelect;
export type ResumeVersionRow = typeof resumeVersions.$inferSelect;
