import { AUDIT_ACTIONS } from '@jobpilot/contracts';
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '#modules/identity/identity.table.ts';

/**
 * Every administrative action: who (null for an operator at the server's command line), what, on whom, and the
 * change. Rows are only inserted; an account's removal keeps its entries (the ids stay, the links go).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    targetId: uuid('target_id').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_log_created_idx').on(t.createdAt.desc(), t.id.desc()),
    index('audit_log_target_idx').on(t.targetId),
    check('audit_log_action_check', sql`${t.action} in ('user.role-changed', 'user.disabled', 'user.enabled')`),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;
