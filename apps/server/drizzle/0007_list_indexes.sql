-- The applications list reads only the page it returns, for every sort the API offers (ADR 021): one index per
-- sort key, each (user_id, key, id) so ORDER BY key, id LIMIT n is an index scan. NOT NULL keys are ordered
-- without NULLS LAST, so one index serves both directions; nullable applied_at has one index per direction.
DROP INDEX IF EXISTS "applications_user_created_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "applications_user_status_idx";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "applications_user_updated_idx" ON "applications" USING btree ("user_id","updated_at","id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "applications_user_applied_asc_idx" ON "applications" USING btree ("user_id","applied_at","id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "applications_user_applied_desc_idx" ON "applications" USING btree ("user_id","applied_at" DESC NULLS LAST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "applications_user_company_idx" ON "applications" USING btree ("user_id",lower("company"),"id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "applications_user_position_idx" ON "applications" USING btree ("user_id",lower("position"),"id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "applications_user_created_idx" ON "applications" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "applications_user_status_idx" ON "applications" USING btree ("user_id","status","id");