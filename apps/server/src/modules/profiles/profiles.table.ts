import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { files } from '#modules/files/files.table.ts';
import { users } from '#modules/identity/identity.table.ts';

/** The public face of a user; the full name and email stay on `users`. */
export const profiles = pgTable(
  'profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    headline: text('headline'),
    phone: text('phone'),
    location: text('location'),
    skills: text('skills').array().notNull().default([]),
    links: text('links').array().notNull().default([]),
    visibility: text('visibility', { enum: ['public', 'private'] })
      .notNull()
      .default('public'),
    /** Email and phone go to other users only when the owner turns them on (ADR 014). */
    showEmail: boolean('show_email').notNull().default(false),
    showPhone: boolean('show_phone').notNull().default(false),
    resumeFileId: uuid('resume_file_id').references(() => files.id, { onDelete: 'set null' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('profiles_visibility_check', sql`${t.visibility} in ('public', 'private')`)],
);

/** Profiles a user keeps an eye on. */
export const favorites = pgTable(
  'favorites',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    profileUserId: uuid('profile_user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.profileUserId] }), index('favorites_profile_idx').on(t.profileUserId)],
);
