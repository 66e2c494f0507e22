-- The reminder check (notifications.check-reminders, every minute) scans across all users by time, not by user:
-- interviews starting in a window, open tasks falling due, and applications still in `applied` (ADR 007).
CREATE INDEX IF NOT EXISTS "interviews_scheduled_idx" ON "interviews" USING btree ("scheduled_at");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "application_tasks_open_due_idx" ON "application_tasks" USING btree ("due_at") WHERE "done_at" IS NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "applications_applied_idx" ON "applications" USING btree ("user_id") WHERE "status" = 'applied';
