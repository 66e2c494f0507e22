import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * What a mail carries. An `account-link` (email verification, password reset) proves control of an address,
 * so it goes only to the operator (`jobpilot outbox`), never to the Outbox page of whoever is signed in (ADR 013).
 */
export const MAIL_KINDS = ['account-link', 'notice'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** Mail kept instead of sent when no SMTP server is configured; the Outbox page shows its notices. */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    /** Rows kept before kinds existed count as account links: shown to the operator only. */
    kind: text('kind', { enum: MAIL_KINDS }).notNull().default('account-link'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mail_outbox_to_created_idx').on(t.to, t.createdAt.desc())],
);

export type OutboxRow = typeof mailOutbox.$inferSelect;
