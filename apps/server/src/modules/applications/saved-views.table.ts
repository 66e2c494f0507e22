import type { ApplicationListFilters } from '@jobpilot/contracts';
import { sql } from 'drizzle-orm';
import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '#modules/identity/identity.table.ts';

/** The applications list's filters, search and sort saved under a name (ADR 027). */
export const savedViews = pgTable(
  'saved_views',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    search: jsonb('search').$type<Partial<ApplicationListFilters>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('saved_views_user_name_idx').on(t.userId, sql`lower(${t.name})`)],
);

export type SavedViewRow = typeof savedViews.$inferSelect;
