import { z } from 'zod';
import { pageQuerySchema } from './envelope.js';
import { storableString, storableText } from './text.js';

export const APPLICATION_STATUSES = [
  'saved',
  'applied',
  'interview',
  'offer',
  'rejected',
  'withdrawn',
  'accepted',
] as const;
export const applicationStatusSchema = z.enum(APPLICATION_STATUSES);
export type ApplicationStatus = z.infer<typeof applicationStatusSchema>;

export const SALARY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export const salaryPeriodSchema = z.enum(SALARY_PERIODS);
export type SalaryPeriod = z.infer<typeof salaryPeriodSchema>;

export const APPLICATION_COMPANY_MAX = 200;
export const APPLICATION_POSITION_MAX = 200;
export const APPLICATION_LOCATION_MAX = 200;
export const APPLICATION_SOURCE_MAX = 100;
export const APPLICATION_URL_MAX = 2048;
export const APPLICATION_DESCRIPTION_MAX = 50_000;
export const APPLICATION_NOTES_MAX = 20_000;
export const SALARY_MAX = 100_000_000;

const optionalText = (max: number) =>
  storableString()
    .trim()
    .max(max, { message: `Must be at most ${max} characters` })
    .nullish()
    .transform((v) => (v ? v : null));

const salary = z
  .number({ message: 'Salary must be a number' })
  .int({ message: 'Salary must be a whole number' })
  .min(0, { message: 'Salary cannot be negative' })
  .max(SALARY_MAX)
  .nullish()
  .transform((v) => v ?? null);

/** Shaped like a date (`2026-02-31`), whether or not the calendar has that day. */
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Why a value is not a calendar date: a day the calendar lacks (`2026-02-31`) is named as such, anything
 * else is shown the format. Zod's date check knows month lengths and leap years.
 */
export const dateIssueMessage = (input: unknown): string =>
  typeof input === 'string' && DATE_SHAPE.test(input)
    ? `That date does not exist: ${input} is not on the calendar`
    : 'Use a date like 2026-03-31';

/**
 * The message for a value that is not an instant: a day the calendar lacks (`2026-02-31T10:00:00Z`) is named,
 * anything else gets `otherwise`.
 */
export function instantIssueMessage(input: unknown, otherwise: string): string {
  const day = typeof input === 'string' ? input.slice(0, 10) : '';
  const dayIsMissing = DATE_SHAPE.test(day) && !z.iso.date().safeParse(day).success;
  return dayIsMissing ? dateIssueMessage(day) : otherwise;
}

/** A calendar date, `YYYY-MM-DD`, that exists (2026-02-31 is refused, 2028-02-29 accepted). */
export const isoDateSchema = z.iso.date({ error: (issue) => dateIssueMessage(issue.input) });

const applicationFields = {
  company: storableString()
    .trim()
    .min(1, { message: 'Enter the company' })
    .max(APPLICATION_COMPANY_MAX, { message: `Must be at most ${APPLICATION_COMPANY_MAX} characters` }),
  position: storableString()
    .trim()
    .min(1, { message: 'Enter the position' })
    .max(APPLICATION_POSITION_MAX, { message: `Must be at most ${APPLICATION_POSITION_MAX} characters` }),
  location: optionalText(APPLICATION_LOCATION_MAX),
  salaryMin: salary,
  salaryMax: salary,
  salaryCurrency: storableString()
    .trim()
    .regex(/^[A-Za-z]{3}$/, { message: 'Use a 3-letter currency code such as USD' })
    .transform((v) => v.toUpperCase())
    .nullish()
    .transform((v) => v ?? null),
  salaryPeriod: salaryPeriodSchema.nullish().transform((v) => v ?? null),
  jobUrl: z
    .url({ protocol: /^https?$/, message: 'Enter a full http(s) link' })
    .check(storableText())
    .max(APPLICATION_URL_MAX)
    .nullish()
    .or(z.literal('').transform(() => null))
    .transform((v) => v ?? null),
  jobDescription: optionalText(APPLICATION_DESCRIPTION_MAX),
  status: applicationStatusSchema,
  source: optionalText(APPLICATION_SOURCE_MAX),
  appliedAt: isoDateSchema.nullish().transform((v) => v ?? null),
  notes: optionalText(APPLICATION_NOTES_MAX),
};

const salaryRangeOk = (v: { salaryMin?: number | null; salaryMax?: number | null }) =>
  v.salaryMin == null || v.salaryMax == null || v.salaryMin <= v.salaryMax;
const salaryRangeIssue = { message: 'Minimum salary must not exceed the maximum', path: ['salaryMax'] };

export const createApplicationSchema = z
  .object({ ...applicationFields, status: applicationFields.status.default('saved') })
  .refine(salaryRangeOk, salaryRangeIssue);
export type CreateApplicationInput = z.input<typeof createApplicationSchema>;

export const updateApplicationSchema = z
  .object(applicationFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Send at least one field to change' })
  .refine(salaryRangeOk, salaryRangeIssue);
export type UpdateApplicationInput = z.input<typeof updateApplicationSchema>;

export const APPLICATION_SORT_FIELDS = [
  'createdAt',
  'updatedAt',
  'appliedAt',
  'company',
  'position',
  'status',
  'salary',
  'relevance',
  /** The board's order within a column: the person's arrangement, then the most recently updated (ADR 024). */
  'board',
] as const;
export type ApplicationSortField = (typeof APPLICATION_SORT_FIELDS)[number];
/**
 * `sort=company` ascending, `sort=-createdAt` descending. `salary` orders by the top of the range (its maximum, else
 * its minimum), applications without a salary last both ways; `relevance` is best search match first (ADR 027).
 */
export const applicationSortSchema = storableString()
  .regex(new RegExp(`^-?(${APPLICATION_SORT_FIELDS.join('|')})$`), {
    message: `Sort by one of ${APPLICATION_SORT_FIELDS.join(', ')}, with a leading - for descending`,
  })
  .default('-createdAt');

export const APPLICATION_QUERY_MAX = 200;
const oneOrMany = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item)])
    .optional()
    .transform((v): z.output<T>[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]));
const filterText = (max: number) =>
  storableString()
    .trim()
    .max(max, { message: `Must be at most ${max} characters` })
    .optional()
    .transform((v) => v || undefined);
const salaryBound = z.coerce
  .number({ message: 'Salary must be a number' })
  .int({ message: 'Salary must be a whole number' })
  .min(0, { message: 'Salary cannot be negative' })
  .max(SALARY_MAX)
  .optional();

/**
 * The list's filters (ADR 027): `q` searches company, position, location, notes and source, typo-tolerant;
 * `location` and `source` match a part, case-insensitively; `salaryMin`/`salaryMax` keep applications whose range
 * overlaps, in `currency` when given; `appliedFrom`/`appliedTo` bound the applied date (inclusive); `tag` keeps
 * applications with any of the tags. Without `sort`, a search is ordered by relevance, else newest first.
 */
export const applicationFiltersSchema = z.object({
  status: oneOrMany(applicationStatusSchema),
  q: storableString().trim().max(APPLICATION_QUERY_MAX).optional(),
  location: filterText(APPLICATION_LOCATION_MAX),
  source: filterText(APPLICATION_SOURCE_MAX),
  salaryMin: salaryBound,
  salaryMax: salaryBound,
  currency: storableString()
    .trim()
    .regex(/^[A-Za-z]{3}$/, { message: 'Use a 3-letter currency code such as USD' })
    .transform((v) => v.toUpperCase())
    .optional(),
  appliedFrom: isoDateSchema.optional(),
  appliedTo: isoDateSchema.optional(),
  tag: oneOrMany(z.uuid({ message: 'Not a valid tag id' })),
  sort: applicationSortSchema.unwrap().optional(),
});
export type ApplicationListFilters = z.output<typeof applicationFiltersSchema>;

export const listApplicationsQuerySchema = pageQuerySchema.extend(applicationFiltersSchema.shape);
export type ListApplicationsQuery = z.input<typeof listApplicationsQuerySchema>;

/** A tag as an application carries it. */
export const applicationTagSchema = z.object({ id: z.uuid(), name: z.string(), color: z.string() });
export type ApplicationTag = z.infer<typeof applicationTagSchema>;

export const applicationSchema = z.object({
  id: z.uuid(),
  company: z.string(),
  position: z.string(),
  location: z.string().nullable(),
  salaryMin: z.number().nullable(),
  salaryMax: z.number().nullable(),
  salaryCurrency: z.string().nullable(),
  salaryPeriod: salaryPeriodSchema.nullable(),
  jobUrl: z.string().nullable(),
  jobDescription: z.string().nullable(),
  status: applicationStatusSchema,
  source: z.string().nullable(),
  appliedAt: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The application's tags, by name (in the list's answers). Last, as the list's SQL selects it. */
  tags: z.array(applicationTagSchema).optional(),
});
export type Application = z.infer<typeof applicationSchema>;

export const statusChangeSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  fromStatus: applicationStatusSchema.nullable(),
  toStatus: applicationStatusSchema,
  changedAt: z.string(),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const idParamSchema = z.object({ id: z.uuid({ message: 'Not a valid id' }) });
