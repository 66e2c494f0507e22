ALTER TABLE "profiles" ADD COLUMN "show_email" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "profiles" ADD COLUMN "show_phone" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Saved before this column existed, under a switch that said a public profile shares email and phone: keep that choice.
UPDATE "profiles" SET "show_email" = true, "show_phone" = true WHERE "visibility" = 'public';
