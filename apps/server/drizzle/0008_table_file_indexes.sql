-- The indexes migrations 0002-0004 wrote by hand, now declared in the table files (ADR 016): they exist
-- already, so this only brings drizzle-kit's snapshot in line; IF NOT EXISTS makes it a no-op on the database.
CREATE INDEX IF NOT EXISTS "applications_user_day_idx" ON "applications" USING btree ("user_id",(coalesce("applied_at", ("created_at" at time zone 'UTC')::date)));--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "applications_applied_idx" ON "applications" USING btree ("user_id") WHERE "applications"."status" = 'applied';--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "application_tasks_open_due_idx" ON "application_tasks" USING btree ("due_at") WHERE "application_tasks"."done_at" is null;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "users_name_trgm_idx" ON "users" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "interviews_scheduled_idx" ON "interviews" USING btree ("scheduled_at");