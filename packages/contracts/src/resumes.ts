import { z } from 'zod';
import { pageQuerySchema } from './envelope.js';
import { resumeDocumentSchema } from './resume-document.js';
import { storableString } from './text.js';

/** Résumés of a person and their versions (issue 9, ADR 036). */

export const RESUME_NAME_MAX = 120;
export const RESUME_TAG_MAX = 40;
export const RESUME_TAGS_MAX = 10;
export const RESUME_TEMPLATE_MAX = 40;
/** Consecutive autosaves closer than this to the autosave version they would join coalesce into it. */
export const RESUME_AUTOSAVE_WINDOW_MS = 2 * 60 * 1000;

/** How a version came to be: an autosave (unsealed until sealed), an explicit save, a restore or an import. */
export const RESUME_VERSION_KINDS = ['autosave', 'save', 'restore', 'import'] as const;
export const resumeVersionKindSchema = z.enum(RESUME_VERSION_KINDS);
export type ResumeVersionKind = z.infer<typeof resumeVersionKindSchema>;

const resumeName = storableString()
  .trim()
  .min(1, { message: 'Enter a name for the résumé' })
  .max(RESUME_NAME_MAX, { message: `Must be at most ${RESUME_NAME_MAX} characters` });

const resumeTag = storableString()
  .trim()
  .toLowerCase()
  .min(1, { message: 'A tag cannot be empty' })
  .max(RESUME_TAG_MAX, { message: `A tag must be at most ${RESUME_TAG_MAX} characters` });

/** Role families, trimmed, lower-cased and each kept once. */
const resumeTags = z
  .array(resumeTag)
  .max(RESUME_TAGS_MAX, { message: `At most ${RESUME_TAGS_MAX} tags` })
  .transform((v) => [...new Set(v)]);

/** The export template's id (`classic`, `modern-compact`); null for the default one. */
const resumeTemplate = storableString()
  .trim()
  .max(RESUME_TEMPLATE_MAX, { message: `Must be at most ${RESUME_TEMPLATE_MAX} characters`, abort: true })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'Name the template by its id: lower-case letters, digits and dashes' })
  .nullable();

export const createResumeSchema = z.object({
  name: resumeName,
  document: resumeDocumentSchema.default({}),
  tags: resumeTags.default([]),
  template: resumeTemplate.default(null),
});
export type CreateResumeInput = z.input<typeof createResumeSchema>;

export const updateResumeSchema = z
  .object({
    name: resumeName.optional(),
    document: resumeDocumentSchema.optional(),
    tags: resumeTags.optional(),
    template: resumeTemplate.optional(),
    /** An explicit save: the document's version is sealed (an autosave otherwise, ADR 036). */
    save: z.boolean({ message: 'save is true or false' }).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Send at least one field to change' });
export type UpdateResumeInput = z.input<typeof updateResumeSchema>;

export const resumeVersionParamsSchema = z.object({
  id: z.uuid({ message: 'Not a valid résumé id' }),
  versionId: z.uuid({ message: 'Not a valid version id' }),
});

export const listResumeVersionsQuerySchema = pageQuerySchema;

/** Both optional: `to` defaults to the latest version, `from` to the one before `to`. */
export const resumeDiffQuerySchema = z.object({
  from: z.uuid({ message: 'from is not a valid version id' }).optional(),
  to: z.uuid({ message: 'to is not a valid version id' }).optional(),
});
export type ResumeDiffQuery = z.input<typeof resumeDiffQuerySchema>;

export const resumeSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  tags: z.array(z.string()),
  isDefault: z.boolean(),
  template: z.string().nullable(),
  sourceFileId: z.uuid().nullable(),
  /** `basics.name` and `basics.label` of the document, for the list. */
  personName: z.string().nullable(),
  headline: z.string().nullable(),
  versionCount: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ResumeSummary = z.infer<typeof resumeSummarySchema>;

export const resumeVersionSummarySchema = z.object({
  id: z.uuid(),
  resumeId: z.uuid(),
  number: z.number().int().positive(),
  name: z.string(),
  kind: resumeVersionKindSchema,
  sealed: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ResumeVersionSummary = z.infer<typeof resumeVersionSummarySchema>;

export const resumeVersionSchema = resumeVersionSummarySchema.extend({ document: resumeDocumentSchema });
export type ResumeVersion = z.infer<typeof resumeVersionSchema>;

export const resumeDetailSchema = resumeSummarySchema.extend({
  document: resumeDocumentSchema,
  /** The version holding the current document. */
  latestVersion: resumeVersionSummarySchema,
});
export type ResumeDetail = z.infer<typeof resumeDetailSchema>;

export const RESUME_DIFF_CHANGES = ['added', 'removed', 'changed'] as const;

/** One field-level difference, e.g. `work[1].highlights[0]`, "Work · Acme — Engineer · highlight 1". */
export const resumeDiffChangeSchema = z.object({
  change: z.enum(RESUME_DIFF_CHANGES),
  section: z.string(),
  /** Where in the document: the newer document's index for added and changed, the older one's for removed. */
  path: z.string(),
  label: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type ResumeDiffChange = z.infer<typeof resumeDiffChangeSchema>;

export const resumeDiffSchema = z.object({
  from: resumeVersionSummarySchema,
  to: resumeVersionSummarySchema,
  changes: z.array(resumeDiffChangeSchema),
  counts: z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int() }),
});
export type ResumeDiff = z.infer<typeof resumeDiffSchema>;

/** `PUT /applications/{id}/resume`: the résumé sent with the application; its latest version unless one is named. */
export const attachApplicationResumeSchema = z.object({
  resumeId: z.uuid({ message: 'Choose a résumé' }),
  versionId: z.uuid({ message: 'Not a valid version id' }).optional(),
  /** The export template of the PDF kept with the application (the résumé's own, else classic). */
  template: storableString().max(RESUME_TEMPLATE_MAX).optional(),
});
export type AttachApplicationResumeInput = z.infer<typeof attachApplicationResumeSchema>;

/** The résumé an application was sent with, and the PDF kept of it then. */
export const applicationResumeSchema = z.object({
  applicationId: z.uuid(),
  /** Null once the résumé (or that version) was deleted; the name and number stay. */
  resumeId: z.uuid().nullable(),
  versionId: z.uuid().nullable(),
  resumeName: z.string(),
  versionNumber: z.number().int(),
  template: z.string(),
  /** The PDF as it was sent (`GET /applications/{id}/resume/file`); null when it was deleted. */
  fileId: z.uuid().nullable(),
  attachedAt: z.iso.datetime(),
});
export type ApplicationResume = z.infer<typeof applicationResumeSchema>;

/** How the applications sent with one résumé, or one version of it, went. Rates are 0–1 (null with none sent). */
const outcomeFields = {
  applications: z.number().int(),
  /** Heard back: the application reached interview, offer, accepted or rejected. */
  responses: z.number().int(),
  /** Reached an interview (or later: offer, accepted). */
  interviews: z.number().int(),
  responseRate: z.number().nullable(),
  interviewRate: z.number().nullable(),
};
export const resumePerformanceSchema = z.object({
  /** Null for applications whose résumé was since deleted (grouped by the name they were sent under). */
  resumeId: z.uuid().nullable(),
  resumeName: z.string(),
  ...outcomeFields,
  versions: z.array(z.object({ versionId: z.uuid().nullable(), versionNumber: z.number().int(), ...outcomeFields })),
});
export type ResumePerformance = z.infer<typeof resumePerformanceSchema>;
