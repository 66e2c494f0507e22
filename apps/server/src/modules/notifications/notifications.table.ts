import { boolean, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '#modules/identity/identity.table.ts';

/** The in-app notification centre. `dedupe_key` keeps a reminder from arriving twice. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    title: text('title').notNull(),
    body: text('body'),
    /** Where clicking it leads in the web app, e.g. `/interviews?id=…`. */
    link: text('link'),
    dedupeKey: text('dedupe_key'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notifications_user_created_idx').on(t.userId, t.createdAt.desc()),
    unique('notifications_user_dedupe_key').on(t.userId, t.dedupeKey),
  ],
);

/** Per-user notification settings; a missing row means the defaults. */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  inApp: boolean('in_app').notNull().default(true),
  email: boolean('email').notNull().default(true),
  interviewReminders: boolean('interview_reminders').notNull().default(true),
  /** Minutes before an interview to remind, e.g. {1440, 60}. */
  interviewReminderOffsets: integer('interview_reminder_offsets').array().notNull().default([1440, 60]),
  followUps: boolean('follow_ups').notNull().default(true),
  followUpDays: integer('follow_up_days').notNull().default(7),
  taskReminders: boolean('task_reminders').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
