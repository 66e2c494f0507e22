import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '#modules/identity/identity.table.ts';
import { resumes } from './resumes.table.ts';

/**
 * Public read-only links to a résumé (issue 9, ADR 041). Only the SHA-256 of the secret token is kept, so the
 * link is shown once, when it is made; at most one link per résumé is active (not revoked).
 */
export const resumeShares = pgTable(
  'resume_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    resumeId: uuid('resume_id')
      .notNull()
      .references(() => resumes.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Hex SHA-256 of the token in the link (32 random bytes, base64url). */
    tokenHash: text('token_hash').notNull().unique(),
    /** The template the shared page and its PDF print with; null for the résumé's own. */
    template: text('template'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    viewCount: integer('view_count').notNull().default(0),
    lastViewedAt: timestamp('last_viewed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('resume_shares_one_active_idx').on(t.resumeId).where(sql`${t.revokedAt} is null`),
    index('resume_shares_user_idx').on(t.userId),
  ],
);

export type ResumeShareRow = typeof resumeShares.$inferSelect;
