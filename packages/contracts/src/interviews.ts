import { z } from 'zod';
import { APPLICATION_COMPANY_MAX, APPLICATION_POSITION_MAX, instantIssueMessage } from './applications.js';
import { storableString, storableText } from './text.js';

export const INTERVIEW_TYPES = ['phone', 'onsite', 'online'] as const;
export const interviewTypeSchema = z.enum(INTERVIEW_TYPES, { message: 'Choose phone, onsite or online' });
export type InterviewType = z.infer<typeof interviewTypeSchema>;

export const INTERVIEW_LOCATION_MAX = 300;
export const INTERVIEW_URL_MAX = 2048;
export const INTERVIEW_DETAILS_MAX = 10_000;
export const INTERVIEW_DURATION_MIN = 5;
export const INTERVIEW_DURATION_MAX = 24 * 60;
export const INTERVIEW_DURATION_DEFAULT = 60;
/** The calendar views ask for a whole month at once. */
export const INTERVIEWS_LIMIT_MAX = 500;

/**
 * True for a time-zone name the runtime knows (IANA names such as `America/New_York`, and `UTC`);
 * offsets like `+01:00` are not zones.
 *
 * @example
 * isTimeZone('Europe/Berlin') // true
 * isTimeZone('Mars/Olympus') // false
 */
export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z][\w+-]*(\/[\w+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const optionalText = (max: number) =>
  storableString()
    .trim()
    .max(max, { message: `Must be at most ${max} characters` })
    .nullish()
    .transform((v) => (v ? v : null));

/** An instant with its offset, e.g. `2026-05-12T14:00:00+02:00` or `…Z`; days that do not exist are refused. */
export const instantSchema = z.iso.datetime({
  offset: true,
  error: (issue) =>
    instantIssueMessage(issue.input, 'Use a real date and time with its offset, like 2026-05-12T14:00:00+02:00'),
});

/**
 * Current IANA names that ICU (and so `Intl` on Node 20) still resolves to a legacy alias, e.g.
 * `Europe/Kyiv` → `Europe/Kiev`. Only used to fix the letter case of a name, never to rename one.
 */
const CURRENT_IANA_NAMES = [
  'Africa/Asmara',
  'America/Argentina/Buenos_Aires',
  'America/Argentina/Catamarca',
  'America/Argentina/Cordoba',
  'America/Argentina/Jujuy',
  'America/Argentina/Mendoza',
  'America/Atikokan',
  'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville',
  'America/Nuuk',
  'Asia/Ho_Chi_Minh',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Asia/Yangon',
  'Atlantic/Faroe',
  'Europe/Kyiv',
  'Pacific/Chuuk',
  'Pacific/Kanton',
  'Pacific/Pohnpei',
];

let knownSpellings: Map<string, string> | undefined;

/**
 * The name as the person sent it, with only its letter case fixed when it matches a name the runtime lists
 * (`europe/berlin` → `Europe/Berlin`). Aliases are never resolved: `Europe/Kyiv` stays `Europe/Kyiv` even
 * though `Intl` on Node 20 would call it `Europe/Kiev`, so reminders, emails and the ICS `TZID` show the
 * spelling the person chose. Call only with a name `isTimeZone` accepts.
 *
 * @example
 * timeZoneSpelling('asia/kolkata') // 'Asia/Kolkata'
 * timeZoneSpelling('Asia/Calcutta') // 'Asia/Calcutta'
 */
export function timeZoneSpelling(value: string): string {
  if (!knownSpellings) {
    const names = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    knownSpellings = new Map([...names, ...CURRENT_IANA_NAMES, 'UTC'].map((n) => [n.toLowerCase(), n]));
  }
  const known = knownSpellings.get(value.toLowerCase());
  if (known) return known;
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === value.toLowerCase() ? resolved : value;
}

/**
 * An IANA time-zone name such as `Europe/Berlin` that `Intl` accepts, kept in the spelling it was sent in
 * (only the letter case is fixed; see `timeZoneSpelling`).
 */
export const timeZoneSchema = storableString()
  .trim()
  .refine(isTimeZone, { message: 'Choose a time zone such as Europe/Berlin' })
  .transform(timeZoneSpelling);

const interviewFields = {
  applicationId: z.uuid({ message: 'Not a valid application id' }).nullish(),
  company: storableString()
    .trim()
    .min(1, { message: 'Enter the company' })
    .max(APPLICATION_COMPANY_MAX, { message: `Must be at most ${APPLICATION_COMPANY_MAX} characters` }),
  position: storableString()
    .trim()
    .min(1, { message: 'Enter the position' })
    .max(APPLICATION_POSITION_MAX, { message: `Must be at most ${APPLICATION_POSITION_MAX} characters` }),
  scheduledAt: instantSchema,
  timezone: timeZoneSchema,
  durationMinutes: z
    .number({ message: 'Enter the length in minutes' })
    .int({ message: 'Use whole minutes' })
    .min(INTERVIEW_DURATION_MIN, { message: `At least ${INTERVIEW_DURATION_MIN} minutes` })
    .max(INTERVIEW_DURATION_MAX, { message: 'An interview can last at most 24 hours (1440 minutes)' }),
  type: interviewTypeSchema,
  location: optionalText(INTERVIEW_LOCATION_MAX),
  meetingUrl: z
    .url({ protocol: /^https?$/, message: 'Enter a full http(s) meeting link' })
    .check(storableText())
    .max(INTERVIEW_URL_MAX)
    .nullish()
    .or(z.literal('').transform(() => null))
    .transform((v) => v ?? null),
  details: optionalText(INTERVIEW_DETAILS_MAX),
};

/**
 * What each type needs: a place for onsite (ADR 007). An online interview's link is optional: it often
 * arrives later than the invitation (ADR 029).
 */
export function interviewPlaceIssue(v: {
  type?: InterviewType | undefined;
  location?: string | null | undefined;
}): { field: 'location'; message: string } | null {
  if (v.type === 'onsite' && !v.location)
    return { field: 'location', message: 'Enter where the interview takes place' };
  return null;
}

export const createInterviewSchema = z
  .object({
    ...interviewFields,
    company: interviewFields.company.optional(),
    position: interviewFields.position.optional(),
    durationMinutes: interviewFields.durationMinutes.default(INTERVIEW_DURATION_DEFAULT),
  })
  .superRefine((v, ctx) => {
    // Without an application the company and position must be given; with one they default from it.
    if (!v.applicationId && !v.company)
      ctx.addIssue({ code: 'custom', message: 'Enter the company', path: ['company'] });
    if (!v.applicationId && !v.position) {
      ctx.addIssue({ code: 'custom', message: 'Enter the position', path: ['position'] });
    }
    const issue = interviewPlaceIssue(v);
    if (issue) ctx.addIssue({ code: 'custom', message: issue.message, path: [issue.field] });
  });
export type CreateInterviewInput = z.input<typeof createInterviewSchema>;

/** Partial; the place rule is checked against the stored values on the server. */
export const updateInterviewSchema = z
  .object(interviewFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Send at least one field to change' });
export type UpdateInterviewInput = z.input<typeof updateInterviewSchema>;

const dateOrInstant = z.union([z.iso.date(), instantSchema], {
  message: 'Use a date like 2026-05-01 or a date and time with its offset',
});

export const INTERVIEW_LIST_ORDERS = ['asc', 'desc'] as const;
export const interviewListOrderSchema = z.enum(INTERVIEW_LIST_ORDERS, { message: 'Use asc or desc' });
export type InterviewListOrder = z.infer<typeof interviewListOrderSchema>;

/**
 * `from` is inclusive and `to` exclusive; a bare date means midnight UTC (for `to`, the end of that day).
 * Sorted by start (then id), ascending unless `order=desc`.
 */
export const listInterviewsQuerySchema = z
  .object({
    from: dateOrInstant.optional(),
    to: dateOrInstant.optional(),
    type: z
      .union([interviewTypeSchema, z.array(interviewTypeSchema)])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
    /** `asc` (default): soonest first; `desc`: latest first, e.g. past interviews newest first. */
    order: interviewListOrderSchema.default('asc'),
    page: z.coerce.number().int().min(1).default(1),
    limit: z.coerce.number().int().min(1).max(INTERVIEWS_LIMIT_MAX).default(100),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && rangeStart(v.from) >= rangeEnd(v.to)) {
      ctx.addIssue({ code: 'custom', message: 'The end must be after the start', path: ['to'] });
    }
  });
export type ListInterviewsQuery = z.input<typeof listInterviewsQuerySchema>;

/** The first instant a `from` value covers. */
export const rangeStart = (v: string) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
/** The first instant after what a `to` value covers (a bare date covers its whole UTC day). */
export const rangeEnd = (v: string) =>
  v.length === 10 ? new Date(Date.parse(`${v}T00:00:00Z`) + 24 * 60 * 60 * 1000) : new Date(v);

export const interviewSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid().nullable(),
  company: z.string(),
  position: z.string(),
  /** UTC, e.g. `2026-05-12T12:00:00.000Z`; show it in `timezone`. */
  scheduledAt: z.string(),
  timezone: z.string(),
  durationMinutes: z.number().int(),
  type: interviewTypeSchema,
  location: z.string().nullable(),
  meetingUrl: z.string().nullable(),
  details: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Interview = z.infer<typeof interviewSchema>;

/** The private calendar subscription. `url` only in the answer that created it: the token is stored hashed. */
export const calendarFeedSchema = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable(),
  url: z.string().nullable(),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;
