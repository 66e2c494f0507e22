import type { ResumeDocument } from '@jobpilot/contracts';

/** A date as the résumé wrote it (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) and as a person reads it. */
export interface ResumeDate {
  /** The machine-readable value for `<time dateTime>`. */
  iso: string;
  text: string;
}

/** From when to when; `end` null with a `start` means "Present". */
export interface ResumeDateRange {
  start: ResumeDate | null;
  end: ResumeDate | null;
  ongoing: boolean;
}

/** One entry of a section: a job, a degree, a skill group, a certificate … in the fields every template shows. */
export interface ResumeEntry {
  title: string;
  subtitle?: string;
  dates?: ResumeDateRange;
  location?: string;
  url?: string;
  summary?: string;
  highlights: string[];
  keywords: string[];
}

export type ResumeSectionId =
  | 'work'
  | 'education'
  | 'skills'
  | 'projects'
  | 'certificates'
  | 'awards'
  | 'publications'
  | 'volunteer'
  | 'languages'
  | 'interests'
  | 'references';

export interface ResumeSectionView {
  id: ResumeSectionId;
  title: string;
  entries: ResumeEntry[];
}

export interface ResumeContact {
  kind: 'email' | 'phone' | 'url' | 'location' | 'profile';
  text: string;
  href?: string;
}

export interface ResumeHeaderView {
  name: string;
  label?: string;
  summary?: string;
  contacts: ResumeContact[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `2021-03` → `Mar 2021`, `2021-03-14` → `14 Mar 2021`, `2021` → `2021`; anything else as written.
 *
 * @example
 * formatResumeDate('2019-11'); // { iso: '2019-11', text: 'Nov 2019' }
 */
export function formatResumeDate(value: string | undefined): ResumeDate | null {
  const iso = value?.trim();
  if (!iso) return null;
  const [year, month, day] = iso.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!year || (month && !monthName)) return { iso, text: iso };
  if (!monthName) return { iso, text: year };
  return { iso, text: day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}` };
}

function range(startDate?: string, endDate?: string): ResumeDateRange | undefined {
  const start = formatResumeDate(startDate);
  const end = formatResumeDate(endDate);
  if (!start && !end) return undefined;
  return { start, end, ongoing: Boolean(start) && !end };
}

function single(date?: string): ResumeDateRange | undefined {
  const end = formatResumeDate(date);
  return end ? { start: null, end, ongoing: false } : undefined;
}

const present = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};
const joined = (parts: (string | undefined)[], separator = ', '): string | undefined =>
  present(
    parts
      .map(present)
      .filter((part): part is string => Boolean(part))
      .join(separator),
  );
const lines = (values: string[] | undefined): string[] =>
  (values ?? []).map((value) => value.trim()).filter((value) => value.length > 0);

/** Only an http(s) or mailto address becomes a link; anything else stays text. */
function safeHref(url: string | undefined): string | undefined {
  const value = present(url);
  if (!value) return undefined;
  return /^(https?:\/\/|mailto:)/i.test(value) ? value : undefined;
}

function entry(fields: Omit<ResumeEntry, 'highlights' | 'keywords'> & Partial<ResumeEntry>): ResumeEntry {
  return {
    ...fields,
    url: safeHref(fields.url),
    summary: present(fields.summary),
    subtitle: present(fields.subtitle),
    location: present(fields.location),
    highlights: lines(fields.highlights),
    keywords: lines(fields.keywords),
  };
}

/** An entry with nothing to show (every field empty) is left out. */
function hasContent(item: ResumeEntry): boolean {
  return Boolean(
    item.title ||
      item.subtitle ||
      item.dates ||
      item.summary ||
      item.location ||
      item.highlights.length ||
      item.keywords.length,
  );
}

/**
 * The top of the page: name (or `fallbackName`, the résumé's own name), headline and the ways to reach the
 * person, each with a link where one makes sense.
 */
export function resumeHeader(document: ResumeDocument, fallbackName: string): ResumeHeaderView {
  const basics = document.basics ?? {};
  const contacts: ResumeContact[] = [];
  const email = present(basics.email);
  if (email) contacts.push({ kind: 'email', text: email, href: `mailto:${email}` });
  const phone = present(basics.phone);
  if (phone) contacts.push({ kind: 'phone', text: phone, href: `tel:${phone.replace(/[^\d+]/g, '')}` });
  const where = joined([basics.location?.city, basics.location?.region, basics.location?.countryCode]);
  if (where) contacts.push({ kind: 'location', text: where });
  const site = present(basics.url);
  if (site) contacts.push({ kind: 'url', text: site.replace(/^https?:\/\//i, ''), href: safeHref(site) });
  for (const profile of basics.profiles ?? []) {
    const text = joined([profile.network, profile.username], ': ') ?? present(profile.url);
    if (text) contacts.push({ kind: 'profile', text, href: safeHref(profile.url) });
  }
  return {
    name: present(basics.name) ?? fallbackName,
    label: present(basics.label),
    summary: present(basics.summary),
    contacts,
  };
}

/**
 * The document's sections in the order a résumé prints them, each with its entries in one shape; sections that
 * are absent or hold only empty entries are left out.
 *
 * @example
 * resumeSections({ work: [{ name: 'Initech', position: 'QA Engineer', startDate: '2020-01' }] });
 * // [{ id: 'work', title: 'Experience', entries: [{ title: 'QA Engineer', subtitle: 'Initech', … }] }]
 */
export function resumeSections(document: ResumeDocument): ResumeSectionView[] {
  const sections: ResumeSectionView[] = [
    {
      id: 'work',
      title: 'Experience',
      entries: (document.work ?? []).map((w) =>
        entry({
          title: present(w.position) ?? present(w.name) ?? '',
          subtitle: present(w.position) ? w.name : undefined,
          dates: range(w.startDate, w.endDate),
          location: w.location,
          url: w.url,
          summary: joined([w.description, w.summary], '. '),
          highlights: w.highlights,
        }),
      ),
    },
    {
      id: 'education',
      title: 'Education',
      entries: (document.education ?? []).map((e) =>
        entry({
          title: joined([e.studyType, e.area], ', ') ?? present(e.institution) ?? '',
          subtitle: joined([e.studyType, e.area]) ? e.institution : undefined,
          dates: range(e.startDate, e.endDate),
          url: e.url,
          summary: present(e.score) ? `Grade: ${e.score?.trim()}` : undefined,
          keywords: e.courses,
        }),
      ),
    },
    {
      id: 'skills',
      title: 'Skills',
      entries: (document.skills ?? []).map((s) =>
        entry({ title: present(s.name) ?? '', subtitle: s.level, keywords: s.keywords }),
      ),
    },
    {
      id: 'projects',
      title: 'Projects',
      entries: (document.projects ?? []).map((p) =>
        entry({
          title: present(p.name) ?? '',
          subtitle: joined([...(p.roles ?? []), p.entity]),
          dates: range(p.startDate, p.endDate),
          url: p.url,
          summary: p.description,
          highlights: p.highlights,
          keywords: p.keywords,
        }),
      ),
    },
    {
      id: 'certificates',
      title: 'Certificates',
      entries: (document.certificates ?? []).map((c) =>
        entry({ title: present(c.name) ?? '', subtitle: c.issuer, dates: single(c.date), url: c.url }),
      ),
    },
    {
      id: 'awards',
      title: 'Awards',
      entries: (document.awards ?? []).map((a) =>
        entry({ title: present(a.title) ?? '', subtitle: a.awarder, dates: single(a.date), summary: a.summary }),
      ),
    },
    {
      id: 'publications',
      title: 'Publications',
      entries: (document.publications ?? []).map((p) =>
        entry({
          title: present(p.name) ?? '',
          subtitle: p.publisher,
          dates: single(p.releaseDate),
          url: p.url,
          summary: p.summary,
        }),
      ),
    },
    {
      id: 'volunteer',
      title: 'Volunteering',
      entries: (document.volunteer ?? []).map((v) =>
        entry({
          title: present(v.position) ?? present(v.organization) ?? '',
          subtitle: present(v.position) ? v.organization : undefined,
          dates: range(v.startDate, v.endDate),
          url: v.url,
          summary: v.summary,
          highlights: v.highlights,
        }),
      ),
    },
    {
      id: 'languages',
      title: 'Languages',
      entries: (document.languages ?? []).map((l) => entry({ title: present(l.language) ?? '', subtitle: l.fluency })),
    },
    {
      id: 'interests',
      title: 'Interests',
      entries: (document.interests ?? []).map((i) => entry({ title: present(i.name) ?? '', keywords: i.keywords })),
    },
    {
      id: 'references',
      title: 'References',
      entries: (document.references ?? []).map((r) => entry({ title: present(r.name) ?? '', summary: r.reference })),
    },
  ];
  return sections
    .map((section) => ({ ...section, entries: section.entries.filter(hasContent) }))
    .filter((section) => section.entries.length > 0);
}

export const SHARED_RESUME_TEMPLATES = ['classic', 'modern', 'compact'] as const;
export type SharedResumeTemplate = (typeof SHARED_RESUME_TEMPLATES)[number];

/** The link's template as one the page knows; an unknown or missing one reads as `classic`, as the PDF does. */
export function pageTemplate(template: string | null | undefined): SharedResumeTemplate {
  return (SHARED_RESUME_TEMPLATES as readonly string[]).includes(template ?? '')
    ? (template as SharedResumeTemplate)
    : 'classic';
}
