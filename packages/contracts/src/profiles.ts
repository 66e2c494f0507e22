import { z } from 'zod';
import { NAME_MAX } from './auth.js';
import { httpLinkSchema, phoneSchema } from './contacts.js';
import { pageQuerySchema } from './envelope.js';
import { storableString } from './text.js';

export const PROFILE_HEADLINE_MAX = 200;
export const PROFILE_LOCATION_MAX = 200;
export const PROFILE_SKILLS_MAX = 50;
export const PROFILE_SKILL_MAX = 60;
export const PROFILE_LINKS_MAX = 10;
export const PEOPLE_QUERY_MAX = 100;
/** Largest résumé upload (PDF or DOCX). */
export const RESUME_MAX_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export const PROFILE_VISIBILITIES = ['public', 'private'] as const;
export const profileVisibilitySchema = z.enum(PROFILE_VISIBILITIES, { message: 'Choose public or private' });
export type ProfileVisibility = z.infer<typeof profileVisibilitySchema>;

const optionalText = (max: number) =>
  storableString()
    .trim()
    .max(max, { message: `Must be at most ${max} characters` })
    .nullish()
    .transform((v) => (v ? v : null));

/** Skills keep the spelling first given; `react` after `React` is the same skill. */
function uniqueIgnoringCase(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `PUT /profile`: the whole editable profile (missing optional fields are cleared). */
export const updateProfileSchema = z.object({
  name: storableString()
    .trim()
    .min(1, { message: 'Enter your name' })
    .max(NAME_MAX, { message: `Must be at most ${NAME_MAX} characters` }),
  headline: optionalText(PROFILE_HEADLINE_MAX),
  phone: phoneSchema
    .nullish()
    .or(z.literal('').transform(() => null))
    .transform((v) => v ?? null),
  location: optionalText(PROFILE_LOCATION_MAX),
  skills: z
    .array(
      storableString()
        .trim()
        .min(1, { message: 'A skill cannot be empty' })
        .max(PROFILE_SKILL_MAX, { message: `A skill must be at most ${PROFILE_SKILL_MAX} characters` }),
    )
    .max(PROFILE_SKILLS_MAX, { message: `At most ${PROFILE_SKILLS_MAX} skills` })
    .nullish()
    .transform((v) => uniqueIgnoringCase(v ?? [])),
  links: z
    .array(httpLinkSchema)
    .max(PROFILE_LINKS_MAX, { message: `At most ${PROFILE_LINKS_MAX} links` })
    .nullish()
    .transform((v) => [...new Set(v ?? [])]),
  visibility: profileVisibilitySchema.default('public'),
  /** Whether other signed-in users see the account email; off unless the owner turns it on (ADR 014). */
  showEmail: z.boolean().default(false),
  /** Whether other signed-in users see the phone; off unless the owner turns it on. */
  showPhone: z.boolean().default(false),
});
export type UpdateProfileInput = z.input<typeof updateProfileSchema>;

export const resumeSchema = z.object({
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
  /** Where to download it (`GET`), as the signed-in user. */
  downloadUrl: z.string(),
});
export type Resume = z.infer<typeof resumeSchema>;

/** The signed-in user's own profile (`GET /profile`). */
export const myProfileSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  headline: z.string().nullable(),
  phone: z.string().nullable(),
  location: z.string().nullable(),
  skills: z.array(z.string()),
  links: z.array(z.string()),
  visibility: profileVisibilitySchema,
  showEmail: z.boolean(),
  showPhone: z.boolean(),
  resume: resumeSchema.nullable(),
  /** Where other signed-in users see it. */
  profileUrl: z.string(),
});
export type MyProfile = z.infer<typeof myProfileSchema>;

/** Another user's profile as a signed-in user sees it (`GET /users/:id`). */
export const personSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** Null unless the owner shows it (or it is the viewer's own profile). */
  email: z.string().nullable(),
  headline: z.string().nullable(),
  /** Null unless the owner shows it (or it is the viewer's own profile), or when there is none. */
  phone: z.string().nullable(),
  location: z.string().nullable(),
  skills: z.array(z.string()),
  links: z.array(z.string()),
  resume: resumeSchema.nullable(),
  isFavorite: z.boolean(),
  isSelf: z.boolean(),
});
export type Person = z.infer<typeof personSchema>;

/** One line of a people search or of the favourites list. */
export const personSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  headline: z.string().nullable(),
  location: z.string().nullable(),
  isFavorite: z.boolean(),
  isSelf: z.boolean(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const searchPeopleQuerySchema = pageQuerySchema.extend({
  q: storableString()
    .trim()
    .max(PEOPLE_QUERY_MAX, { message: `Must be at most ${PEOPLE_QUERY_MAX} characters` })
    .optional(),
});
export type SearchPeopleQuery = z.input<typeof searchPeopleQuerySchema>;

export const addFavoriteSchema = z.object({ userId: z.uuid({ message: 'Not a valid user id' }) });
export const userIdParamSchema = z.object({ userId: z.uuid({ message: 'Not a valid id' }) });
