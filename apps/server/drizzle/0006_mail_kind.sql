-- Rows kept before kinds existed may hold verification or reset links: they count as account links, which only
-- the operator (`jobpilot outbox`) sees, never a signed-in user's Outbox page (ADR 013).
ALTER TABLE "mail_outbox" ADD COLUMN "kind" text DEFAULT 'account-link' NOT NULL;
