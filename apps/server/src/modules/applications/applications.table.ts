import { APPLICATION_STATUSES, SALARY_PERIODS } from '@jobpilot/contracts';
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '#modules/identity/identity.table.ts';

const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

interface SearchedColumns {
  company: AnyPgColumn;
  position: AnyPgColumn;
  location: AnyPgColumn;
  notes: AnyPgColumn;
  source: AnyPgColumn;
  salaryMin: AnyPgColumn;
  salaryMax: AnyPgColumn;
}

/**
 * The text the search box reads (ADR 027): company, position, location, notes and source, lowercased. The list's
 * query uses this same expression, so the trigram index over it serves `<%` and `like`.
 */
export const searchTextOf = (t: SearchedColumns) =>
  sql`lower(${t.company} || ' ' || ${t.position} || ' ' || coalesce(${t.location}, '') || ' ' || coalesce(${t.notes}, '') || ' ' || coalesce(${t.source}, ''))`;

/** What `sort=salary` orders by: the top of the range (its maximum, else its minimum); null without a salary. */
export const salaryKeyOf = (t: SearchedColumns) => sql`coalesce(${t.salaryMax}, ${t.salaryMin})`;

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    company: text('company').notNull(),
    position: text('position').notNull(),
    location: text('location'),
    salaryMin: integer('salary_min'),
    salaryMax: integer('salary_max'),
    salaryCurrency: text('salary_currency'),
    salaryPeriod: text('salary_period', { enum: SALARY_PERIODS }),
    jobUrl: text('job_url'),
    jobDescription: text('job_description'),
    status: text('status', { enum: APPLICATION_STATUSES }).notNull().default('saved'),
    source: text('source'),
    appliedAt: date('applied_at', { mode: 'string' }),
    notes: text('notes'),
    /** The card's place in its board column, smallest first; null (new, or just moved to the column) sorts first (ADR 024). */
    boardPosition: integer('board_position'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One index per sort of the list (ADR 021): each ends with the id tie-break, so a page reads only its rows.
    // A btree scans both ways, so one index serves asc and desc of a NOT NULL key; applied_at (nullable,
    // nulls last both ways) needs one per direction.
    index('applications_user_created_idx').on(t.userId, t.createdAt, t.id),
    index('applications_user_updated_idx').on(t.userId, t.updatedAt, t.id),
    index('applications_user_applied_asc_idx').on(t.userId, t.appliedAt.asc().nullsLast(), t.id.asc()),
    index('applications_user_applied_desc_idx').on(t.userId, t.appliedAt.desc().nullsLast(), t.id.desc().nullsFirst()),
    index('applications_user_company_idx').on(t.userId, sql`lower(${t.company})`, t.id),
    index('applications_user_position_idx').on(t.userId, sql`lower(${t.position})`, t.id),
    index('applications_user_status_idx').on(t.userId, t.status, t.id),
    // Salary, nullable, nulls last both ways: one index per direction, like applied_at (ADR 021, 027).
    index('applications_user_salary_asc_idx').on(t.userId, salaryKeyOf(t), t.id),
    index('applications_user_salary_desc_idx').on(
      t.userId,
      sql`${salaryKeyOf(t)} desc nulls last`,
      t.id.desc().nullsFirst(),
    ),
    // Typo-tolerant search over the concatenated text (ADR 027); pg_trgm comes from migration 0002.
    index('applications_search_trgm_idx').using('gin', sql`${searchTextOf(t)} gin_trgm_ops`),
    // The board's order within a column (ADR 024).
    index('applications_user_board_idx').on(
      t.userId,
      t.status,
      t.boardPosition.asc().nullsFirst(),
      t.updatedAt.desc(),
      t.id.desc(),
    ),
    // Analytics (ADR 009): an application counts under its applied date, else the UTC day it was added.
    index('applications_user_day_idx').on(
      t.userId,
      sql`(coalesce(${t.appliedAt}, (${t.createdAt} at time zone 'UTC')::date))`,
    ),
    // The follow-up reminder scans applications still in `applied` (ADR 007).
    index('applications_applied_idx').on(t.userId).where(sql`${t.status} = 'applied'`),
    check('applications_status_check', sql`${t.status} in (${inList(APPLICATION_STATUSES)})`),
    check('applications_salary_period_check', sql`${t.salaryPeriod} in (${inList(SALARY_PERIODS)})`),
    check('applications_salary_range_check', sql`${t.salaryMin} <= ${t.salaryMax}`),
  ],
);

/** Every status an application has had, with the moment it changed. */
export const applicationStatusHistory = pgTable(
  'application_status_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status', { enum: APPLICATION_STATUSES }),
    toStatus: text('to_status', { enum: APPLICATION_STATUSES }).notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('application_status_history_app_idx').on(t.applicationId, t.changedAt)],
);

export type ApplicationRow = typeof applications.$inferSelect;
export type NewApplicationRow = typeof applications.$inferInsert;
export type StatusChangeRow = typeof applicationStatusHistory.$inferSelect;
