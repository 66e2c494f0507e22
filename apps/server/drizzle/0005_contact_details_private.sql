ALTER TABLE "profiles" ADD COLUMN "show_email" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "profiles" ADD COLUMN "show_phone" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Saved public before this column existed, under a switch that said a public profile shares email and phone: keep
-- that choice. Only rows showing that the owner saved the profile form count (a headline, phone, location, skills
-- or links); a row made by uploading a résumé alone took the public default without anyone choosing it (ADR 014).
UPDATE "profiles" SET "show_email" = true, "show_phone" = true
WHERE "visibility" = 'public'
  AND (coalesce("headline", '') <> '' OR coalesce("phone", '') <> '' OR coalesce("location", '') <> ''
    OR cardinality("skills") > 0 OR cardinality("links") > 0);
