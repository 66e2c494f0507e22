import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { applications } from '#modules/applications/applications.table.ts';
import { users } from '#modules/identity/identity.table.ts';

/** Follow-up tasks on an application: a title, an optional due moment, done or not. */
export const applicationTasks = pgTable(
  'application_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('application_tasks_application_idx').on(t.applicationId),
    index('application_tasks_user_due_idx').on(t.userId, t.dueAt),
    // Open tasks falling due, across users (the reminder check, ADR 007).
    index('application_tasks_open_due_idx').on(t.dueAt).where(sql`${t.doneAt} is null`),
  ],
);

export type TaskRow = typeof applicationTasks.$inferSelect;
