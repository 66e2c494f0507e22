import { z } from 'zod';
import {
  APPLICATION_STATUSES,
  type ApplicationStatus,
  applicationStatusSchema,
  isoDateSchema,
} from './applications.js';

/* ---------- Definitions a person can check (ADR 009) ---------- */

/** Still open: not yet rejected, withdrawn or accepted. */
export const IN_PROGRESS_STATUSES = ['saved', 'applied', 'interview', 'offer'] as const satisfies ApplicationStatus[];
/** Reaching any of these (ever, per the status history) means the application was sent. */
export const APPLIED_STAGE_STATUSES = [
  'applied',
  'interview',
  'offer',
  'rejected',
  'accepted',
] as const satisfies ApplicationStatus[];
/** Reaching any of these (ever) means the employer answered. */
export const RESPONDED_STATUSES = ['interview', 'offer', 'rejected', 'accepted'] as const satisfies ApplicationStatus[];
/** Funnel stages: reaching any status of a stage (ever) counts as reaching the stage. */
export const INTERVIEW_STAGE_STATUSES = ['interview', 'offer', 'accepted'] as const satisfies ApplicationStatus[];
export const OFFER_STAGE_STATUSES = ['offer', 'accepted'] as const satisfies ApplicationStatus[];

export const RESPONSE_RATE_FORMULA =
  'responded ÷ applied, over all your applications: applied = ever reached applied, interview, offer, rejected ' +
  'or accepted; responded = ever reached interview, offer, rejected or accepted.';

export const DASHBOARD_UPCOMING_LIMIT = 5;
export const DASHBOARD_RECENT_LIMIT = 5;
export const DASHBOARD_TASKS_LIMIT = 10;
/** Tasks due within this many days from now, or overdue, are "due". */
export const DASHBOARD_TASKS_DAYS = 7;

/* ---------- GET /dashboard ---------- */

export const dashboardSchema = z.object({
  inProgress: z.object({
    total: z.number().int(),
    byStatus: z.object({
      saved: z.number().int(),
      applied: z.number().int(),
      interview: z.number().int(),
      offer: z.number().int(),
    }),
  }),
  responseRate: z.object({
    applied: z.number().int(),
    responded: z.number().int(),
    /** responded / applied, 0..1; null when nothing was applied for yet. */
    rate: z.number().nullable(),
    formula: z.string(),
  }),
  upcomingInterviews: z.array(
    z.object({
      id: z.uuid(),
      applicationId: z.uuid().nullable(),
      company: z.string(),
      position: z.string(),
      scheduledAt: z.string(),
      timezone: z.string(),
      durationMinutes: z.number().int(),
      type: z.string(),
      location: z.string().nullable(),
    }),
  ),
  recentApplications: z.array(
    z.object({
      id: z.uuid(),
      company: z.string(),
      position: z.string(),
      location: z.string().nullable(),
      status: applicationStatusSchema,
      createdAt: z.string(),
    }),
  ),
  tasksDue: z.object({
    total: z.number().int(),
    overdue: z.number().int(),
    items: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        dueAt: z.string(),
        overdue: z.boolean(),
        applicationId: z.uuid(),
        company: z.string(),
        position: z.string(),
      }),
    ),
  }),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

/* ---------- GET /analytics/applications ---------- */

export const ANALYTICS_DEFAULT_MONTHS = 12;
export const ANALYTICS_RANGE_MAX_YEARS = 5;
export const ANALYTICS_LOCATION_TOP = 8;

/** `from` and `to` are inclusive calendar dates; both default (see ADR 009). */
export const analyticsQuerySchema = z.object({
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type AnalyticsQuery = z.infer<typeof analyticsQuerySchema>;

/**
 * The range problem of an inclusive `from`..`to`, or null when it is fine.
 *
 * @example
 * checkAnalyticsRange('2026-03-01', '2026-01-01') // { field: 'from', message: 'Start date must be on or before …' }
 */
export function checkAnalyticsRange(from: string, to: string): { field: 'from' | 'to'; message: string } | null {
  if (from > to) return { field: 'from', message: 'Start date must be on or before the end date' };
  const limit = `${Number(from.slice(0, 4)) + ANALYTICS_RANGE_MAX_YEARS}${from.slice(4)}`;
  if (to >= limit) return { field: 'to', message: `Choose a range of at most ${ANALYTICS_RANGE_MAX_YEARS} years` };
  return null;
}

/**
 * The default range ending `today`: the first day of the month `ANALYTICS_DEFAULT_MONTHS - 1` months back
 * through today, i.e. 12 whole calendar months including the current one.
 *
 * @example
 * defaultAnalyticsRange('2026-03-15') // { from: '2025-04-01', to: '2026-03-15' }
 */
export function defaultAnalyticsRange(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - (ANALYTICS_DEFAULT_MONTHS - 1);
  const start = new Date(Date.UTC(year, month - 1, 1));
  return { from: start.toISOString().slice(0, 10), to: today };
}

const count = z.number().int();
const rate = z.number().nullable();
const statusCounts = z.object(
  Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, count])) as Record<ApplicationStatus, typeof count>,
);

export const analyticsSchema = z.object({
  range: z.object({ from: z.string(), to: z.string() }),
  /** Applications whose date (applied date, else the UTC day added) falls in the range. */
  total: count,
  perMonth: z.array(z.object({ month: z.string(), total: count, byStatus: statusCounts })),
  byStatus: z.array(z.object({ status: applicationStatusSchema, count })),
  byFamily: z.array(z.object({ family: z.string(), count })),
  byLocation: z.array(z.object({ location: z.string(), count, kind: z.enum(['remote', 'place', 'unset', 'other']) })),
  funnel: z.object({
    applied: count,
    interview: count,
    offer: count,
    appliedToInterview: rate,
    interviewToOffer: rate,
    appliedToOffer: rate,
    medianDaysAppliedToInterview: z.number().nullable(),
    medianDaysInterviewToOffer: z.number().nullable(),
    /** How many applications each median is computed over. */
    appliedToInterviewSamples: count,
    interviewToOfferSamples: count,
  }),
});
export type Analytics = z.infer<typeof analyticsSchema>;
export type LocationKind = Analytics['byLocation'][number]['kind'];

/* ---------- Title families ---------- */

export const TITLE_FAMILIES = [
  'Product',
  'Design',
  'Mobile',
  'Full-stack',
  'Frontend',
  'Data',
  'DevOps',
  'Backend',
  'Other',
] as const;
export type TitleFamily = (typeof TITLE_FAMILIES)[number];

export type TitleFamilyRule = {
  family: Exclude<TitleFamily, 'Other'>;
  /** `role`: words naming the job itself; `technology`: technology and subject words, tried only after every role. */
  kind: 'role' | 'technology';
  keywords: string[];
};

/**
 * Tried in this order; the first rule with a keyword in the title wins. Every role rule comes before every
 * technology rule, so a role word anywhere in the title beats any technology word ("JavaScript Backend Engineer"
 * is Backend, "Frontend Engineer (React/Node)" is Frontend). A keyword matches whole words of the normalised
 * title, and a space in it also matches no space or a hyphen ("front end" finds "Front-End" and "frontend").
 */
export const TITLE_FAMILY_RULES: readonly TitleFamilyRule[] = [
  // Pass 1: role words.
  {
    family: 'Product',
    kind: 'role',
    keywords: ['product manager', 'product owner', 'product lead', 'head of product', 'pm'],
  },
  {
    family: 'Design',
    kind: 'role',
    keywords: ['designer', 'ux', 'ui/ux', 'ux/ui', 'user research', 'user researcher'],
  },
  {
    family: 'Mobile',
    kind: 'role',
    keywords: ['mobile', 'ios', 'android'],
  },
  { family: 'Full-stack', kind: 'role', keywords: ['full stack'] },
  { family: 'Frontend', kind: 'role', keywords: ['front end', 'ui engineer', 'ui developer'] },
  { family: 'Backend', kind: 'role', keywords: ['back end', 'server side'] },
  {
    family: 'Data',
    kind: 'role',
    keywords: [
      'data engineer',
      'data scientist',
      'data analyst',
      'data science',
      'machine learning engineer',
      'ml engineer',
      'analytics engineer',
    ],
  },
  { family: 'DevOps', kind: 'role', keywords: ['devops', 'dev ops', 'sre', 'site reliability'] },
  // Pass 2: technology and subject words.
  { family: 'Design', kind: 'technology', keywords: ['design'] },
  { family: 'Mobile', kind: 'technology', keywords: ['react native', 'flutter', 'swift', 'kotlin'] },
  {
    family: 'Frontend',
    kind: 'technology',
    keywords: ['react', 'angular', 'vue', 'svelte', 'javascript', 'web'],
  },
  {
    family: 'Data',
    kind: 'technology',
    keywords: ['data', 'machine learning', 'ml', 'ai', 'analytics', 'sql', 'scientist', 'business intelligence', 'bi'],
  },
  {
    family: 'DevOps',
    kind: 'technology',
    keywords: ['platform', 'infrastructure', 'cloud', 'kubernetes'],
  },
  {
    family: 'Backend',
    kind: 'technology',
    keywords: [
      'api',
      'java',
      'golang',
      'go developer',
      'go engineer',
      'node',
      'ruby',
      'rails',
      'php',
      'django',
      'spring',
      '.net',
    ],
  },
];

/**
 * Lower case, accents dropped, every run of characters other than letters, digits, `+`, `#`, `.` and `/` turned
 * into one space.
 *
 * @example
 * normaliseTitle('  Sr. Front-End Engineer (React) ') // 'sr. front end engineer react'
 */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9+#./]+/g, ' ')
    .trim();
}

const keywordPattern = (keyword: string) =>
  keyword
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .split(' ')
    .join('[ -]?');
const FAMILY_MATCHERS = TITLE_FAMILY_RULES.map(({ family, keywords }) => ({
  family,
  pattern: new RegExp(`(?<![a-z0-9])(?:${keywords.map(keywordPattern).join('|')})(?![a-z0-9])`),
}));

/**
 * The family of a job title, by the first rule of `TITLE_FAMILY_RULES` with a keyword in it: role words first
 * (any family), then technology words, else Other.
 *
 * @example
 * titleFamily('Senior Front-End Engineer')   // 'Frontend'
 * titleFamily('JavaScript Backend Engineer') // 'Backend'  (role "backend" beats technology "javascript")
 * titleFamily('Product Designer')            // 'Design'
 * titleFamily('React Native Developer')      // 'Mobile'
 * titleFamily('Platform Engineer')           // 'DevOps'
 * titleFamily('Engineering Manager')         // 'Other'
 */
export function titleFamily(title: string): TitleFamily {
  const normalised = normaliseTitle(title);
  return FAMILY_MATCHERS.find((m) => m.pattern.test(normalised))?.family ?? 'Other';
}

/* ---------- Locations ---------- */

const REMOTE =
  /(?<![a-z])(remote|anywhere|distributed|wfh|home[ -]?(based|office)|work(ing)?[ -]from[ -]home)(?![a-z])/i;
const WORK_MODE =
  /(?<![\p{L}\p{N}])(fully[ -])?(hybrid|on[ -]?site|in[ -]?office|in[ -]person|office[ -]based)(?![\p{L}\p{N}])/giu;
/** What separates the parts of a location: commas, semicolons, brackets, `|` and middle dots. */
const PART_SEPARATOR = /[,;()[\]|·•]/;
/** An abbreviation written in capitals, kept as written: 2–4 capital letters, each optionally followed by a dot. */
const ABBREVIATION = /^(\p{Lu}\.?){2,4}$/u;

/**
 * The bucket a location is counted in: `Remote` when it mentions remote work (remote, anywhere, distributed,
 * WFH, home-based, home office, work from home); else its first part (parts are separated by commas,
 * semicolons, brackets, `|` and `·`) that is not empty once work-mode words (hybrid, on-site, in office,
 * in person, office-based) are dropped. Places are grouped case-insensitively (`key`); the label capitalises
 * each word but keeps abbreviations written in 2–4 capitals ("US", "NYC", "D.C.") unless the whole part is
 * written in capitals ("NEW YORK" → "New York").
 *
 * @example
 * locationBucket('Remote (EU)')        // { key: 'remote', label: 'Remote', kind: 'remote' }
 * locationBucket('New York, NY')       // { key: 'new york', label: 'New York', kind: 'place' }
 * locationBucket('Berlin (Hybrid)')    // { key: 'berlin', label: 'Berlin', kind: 'place' }
 * locationBucket('On-site, Munich')    // { key: 'munich', label: 'Munich', kind: 'place' }
 * locationBucket('NYC')                // { key: 'nyc', label: 'NYC', kind: 'place' }
 * locationBucket(null)                 // { key: '', label: 'Not specified', kind: 'unset' }
 */
export function locationBucket(location: string | null): { key: string; label: string; kind: LocationKind } {
  const unset = { key: '', label: 'Not specified', kind: 'unset' as const };
  if (!location?.trim()) return unset;
  if (REMOTE.test(location)) return { key: 'remote', label: 'Remote', kind: 'remote' };
  for (const part of location.normalize('NFC').split(PART_SEPARATOR)) {
    const place = part
      .replace(WORK_MODE, ' ')
      .replace(/[\s\-–—/:]+/g, ' ')
      .trim();
    if (!/[\p{L}\p{N}]/u.test(place)) continue;
    const words = place.split(' ');
    const shouted = words.length > 1 && !/\p{Ll}/u.test(place);
    const label = words
      .map((word) =>
        !shouted && ABBREVIATION.test(word)
          ? word
          : word.toLowerCase().replace(/^\p{L}/u, (letter) => letter.toUpperCase()),
      )
      .join(' ');
    return { key: place.toLowerCase(), label, kind: 'place' };
  }
  return unset;
}
