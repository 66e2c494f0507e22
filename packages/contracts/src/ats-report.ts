import { z } from 'zod';

/**
 * The ATS-readiness report of a resume: how an applicant-tracking system will read it, as a 0–100 score made
 * of weighted categories, and findings that each say what is wrong, how to fix it and where it is.
 */

export const ATS_CATEGORIES = [
  'text',
  'layout',
  'headings',
  'contact',
  'dates',
  'length',
  'bullets',
  'spelling',
  'file',
] as const;
export const atsCategoryIdSchema = z.enum(ATS_CATEGORIES);
export type AtsCategoryId = z.infer<typeof atsCategoryIdSchema>;

export const ATS_SEVERITIES = ['error', 'warning', 'info'] as const;
export const atsSeveritySchema = z.enum(ATS_SEVERITIES);
export type AtsSeverity = z.infer<typeof atsSeveritySchema>;

/** Where a finding points: the section, the entry's index in it, the field path and the exact text quoted. */
export const atsLocationSchema = z.object({
  /** `basics`, `work`, `education`, … or `file` for what is about the uploaded file itself. */
  section: z.string(),
  entry: z.number().int().nonnegative().optional(),
  /** A JSON path into the document, e.g. `work[1].highlights[2]` or `basics.email`. */
  path: z.string().optional(),
  /** The text the finding is about, exactly as written. */
  text: z.string().optional(),
});
export type AtsLocation = z.infer<typeof atsLocationSchema>;

export const atsFindingSchema = z.object({
  /** A stable code for the kind of problem (`bullet-pronoun`, `contact-email-missing`, …). */
  code: z.string(),
  severity: atsSeveritySchema,
  category: atsCategoryIdSchema,
  /** One sentence saying what is wrong and how to fix it. */
  message: z.string(),
  where: atsLocationSchema,
});
export type AtsFinding = z.infer<typeof atsFindingSchema>;

export const atsCategorySchema = z.object({
  id: atsCategoryIdSchema,
  label: z.string(),
  score: z.number().int().min(0).max(100),
  /** Share of the total score, 0–100; the weights of the categories that apply are scaled to sum to 100. */
  weight: z.number().min(0).max(100),
  /** False when the category cannot be judged (file checks on a resume that was not uploaded). */
  applies: z.boolean(),
  findings: z.number().int().nonnegative(),
});
export type AtsCategory = z.infer<typeof atsCategorySchema>;

export const atsReportSchema = z.object({
  score: z.number().int().min(0).max(100),
  categories: z.array(atsCategorySchema),
  findings: z.array(atsFindingSchema),
  stats: z.object({
    words: z.number().int().nonnegative(),
    bullets: z.number().int().nonnegative(),
    pages: z.number().int().nonnegative().optional(),
    yearsOfExperience: z.number().nonnegative(),
  }),
});
export type AtsReport = z.infer<typeof atsReportSchema>;
