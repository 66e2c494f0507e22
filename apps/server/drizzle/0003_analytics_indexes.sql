-- Analytics (ADR 009): an application counts under its applied date, else the UTC day it was added.
-- The index finds a user's applications in a date range, and its statistics let the planner estimate how many
-- rows such a range holds (without them it guesses a handful and joins the status history row by row).
CREATE INDEX IF NOT EXISTS "applications_user_day_idx" ON "applications" USING btree ("user_id", (coalesce("applied_at", ("created_at" at time zone 'UTC')::date)));
