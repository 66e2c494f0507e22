import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { applications } from '#modules/applications/applications.table.ts';
import { users } from '#modules/identity/identity.table.ts';

export const INTERVIEW_TYPES = ['phone', 'onsite', 'online'] as const;

export const interviews = pgTable(
  'interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id').references(() => applications.id, { onDelete: 'set null' }),
    company: text('company').notNull(),
    position: text('position').notNull(),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    /** IANA zone the person scheduled it in, e.g. `Europe/Berlin`; the instant itself is `scheduled_at`. */
    timezone: text('timezone').notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(60),
    type: text('type', { enum: INTERVIEW_TYPES }).notNull(),
    location: text('location'),
    meetingUrl: text('meeting_url'),
    details: text('details'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('interviews_user_scheduled_idx').on(t.userId, t.scheduledAt),
    index('interviews_application_idx').on(t.applicationId),
    // The reminder check scans across users by time (ADR 007).
    index('interviews_scheduled_idx').on(t.scheduledAt),
    check('interviews_type_check', sql`${t.type} in ('phone', 'onsite', 'online')`),
    check('interviews_duration_check', sql`${t.durationMinutes} > 0`),
  ],
);

/** The private calendar subscription: one secret token per user, stored hashed, revocable. */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export type InterviewRow = typeof interviews.$inferSelect;
