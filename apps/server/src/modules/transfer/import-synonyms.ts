import type { ApplicationStatus, CsvImportField } from '@jobpilot/contracts';

/**
 * Lower case, accents and punctuation gone, single spaces: "Job Title*" → "job title",
 * "Date_Applied" → "date applied", "Unternehmen " → "unternehmen".
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Column names of common tracker exports (Huntr, Teal, Simplify, plain spreadsheets, JobPilot's own
 * export) for each field, most specific first: when two columns name one field, the earlier synonym wins.
 */
export const COLUMN_SYNONYMS: Record<CsvImportField, readonly string[]> = {
  company: ['company', 'company name', 'employer', 'employer name', 'organization', 'organisation', 'org'],
  position: ['position', 'job title', 'title', 'job position', 'role', 'position title', 'job', 'job name'],
  status: ['status', 'application status', 'job status', 'stage', 'list', 'column', 'pipeline stage', 'state'],
  jobUrl: ['job url', 'url', 'job link', 'link', 'posting url', 'job posting url', 'application url', 'listing url'],
  appliedAt: [
    'date applied',
    'applied date',
    'applied on',
    'applied at',
    'application date',
    'date of application',
    'applied',
    'date',
  ],
  salary: ['salary', 'salary range', 'compensation', 'pay', 'pay range', 'expected salary', 'comp'],
  salaryMin: ['salary min', 'min salary', 'minimum salary', 'salary from', 'salary minimum'],
  salaryMax: ['salary max', 'max salary', 'maximum salary', 'salary to', 'salary maximum'],
  salaryCurrency: ['salary currency', 'currency'],
  salaryPeriod: ['salary period', 'pay period', 'period'],
  location: ['location', 'job location', 'city', 'office', 'place'],
  source: ['source', 'job source', 'found on', 'found via', 'via', 'channel', 'job board'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
  jobDescription: ['job description', 'description', 'jd', 'details'],
};

/** The field a header names, with its rank (lower is more specific), or undefined. */
export function fieldOfHeader(header: string): { field: CsvImportField; rank: number } | undefined {
  const label = normalizeLabel(header);
  for (const [field, synonyms] of Object.entries(COLUMN_SYNONYMS) as [CsvImportField, readonly string[]][]) {
    const rank = synonyms.indexOf(label);
    if (rank >= 0) return { field, rank };
  }
  return undefined;
}

/**
 * The suggested field for each header; a field goes to the header with the most specific synonym
 * (then the leftmost), every other header is ignored (`null`).
 *
 * @example
 * suggestMapping(['Company', 'Job Title', 'Date', 'Date Applied']) // ['company', 'position', null, 'appliedAt']
 */
export function suggestMapping(headers: readonly string[]): (CsvImportField | null)[] {
  const best = new Map<CsvImportField, { index: number; rank: number }>();
  headers.forEach((header, index) => {
    const found = fieldOfHeader(header);
    if (!found) return;
    const current = best.get(found.field);
    if (!current || found.rank < current.rank) best.set(found.field, { index, rank: found.rank });
  });
  const mapping: (CsvImportField | null)[] = headers.map(() => null);
  for (const [field, { index }] of best) mapping[index] = field;
  return mapping;
}

/**
 * Status names of Huntr lists ("Wishlist", "Applied", "Interview", "Offer", "Rejected"), Teal stages
 * ("Bookmarked", "Applying", "Applied", "Interviewing", "Negotiating", "Accepted", "I Withdrew",
 * "Not Selected", "No Response"), and the words people type in their own sheets.
 */
const STATUS_SYNONYMS: Record<ApplicationStatus, readonly string[]> = {
  saved: [
    'saved',
    'wishlist',
    'wish list',
    'bookmarked',
    'bookmark',
    'interested',
    'to apply',
    'applying',
    'planned',
    'planning',
    'prospect',
    'draft',
    'researching',
    'watching',
    'new',
    'todo',
    'to do',
  ],
  applied: ['applied', 'submitted', 'application submitted', 'sent', 'in review', 'under review', 'no response'],
  interview: [
    'interview',
    'interviewing',
    'interviews',
    'phone screen',
    'phone screening',
    'screening',
    'screen',
    'recruiter screen',
    'technical interview',
    'onsite',
    'on site',
    'final round',
    'assessment',
    'take home',
  ],
  offer: ['offer', 'offered', 'offer received', 'negotiating', 'negotiation'],
  rejected: ['rejected', 'declined', 'not selected', 'no offer', 'turned down', 'ghosted'],
  withdrawn: ['withdrawn', 'withdrew', 'i withdrew', 'withdraw'],
  accepted: ['accepted', 'offer accepted', 'hired', 'signed'],
};

const STATUS_BY_LABEL = new Map<string, ApplicationStatus>(
  (Object.entries(STATUS_SYNONYMS) as [ApplicationStatus, readonly string[]][]).flatMap(([status, words]) =>
    words.map((word) => [word, status] as const),
  ),
);

/**
 * The JobPilot status a tracker's status name means, or undefined when it is not a known name.
 *
 * @example
 * statusOfValue('Phone Screen') // 'interview'
 */
export function statusOfValue(value: string): ApplicationStatus | undefined {
  return STATUS_BY_LABEL.get(normalizeLabel(value));
}
