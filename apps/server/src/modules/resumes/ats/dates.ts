import { RESUME_DATE, type ResumeDocument } from '@jobpilot/contracts';
import { type Finding, finder, pathOf, quote } from './input.ts';

type Precision = 'year' | 'month' | 'day';
interface DatedEntry {
  section: 'work' | 'education' | 'volunteer' | 'projects';
  entry: number;
  start?: string | undefined;
  end?: string | undefined;
}

const precisionOf = (date: string): Precision => (date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day');
const PRECISION_NAME: Record<Precision, string> = { year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD' };

/** Months since year 0: a start counts from the first month it names, an end to the last. */
export function monthOf(date: string, as: 'start' | 'end'): number {
  const year = Number(date.slice(0, 4));
  const month = date.length >= 7 ? Number(date.slice(5, 7)) - 1 : as === 'start' ? 0 : 11;
  return year * 12 + month;
}

const SECTION_NAME = { work: 'experience', education: 'education', volunteer: 'volunteering', projects: 'project' };

/**
 * Dates: each parseable, end not before start, none in the future, one format throughout, experience newest
 * first; gaps of more than six months between jobs are only noted (info). Returns the years of experience.
 */
export function checkDates(doc: ResumeDocument, now: Date, out: Finding[]): { yearsOfExperience: number } {
  const find = finder('dates', out);
  const nowMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const entries: DatedEntry[] = [];
  for (const section of ['work', 'education', 'volunteer', 'projects'] as const) {
    doc[section]?.forEach((e, entry) => {
      entries.push({ section, entry, start: e.startDate, end: e.endDate });
    });
  }
  // One format within each kind of section: month-year jobs beside year-only degrees are usual and read fine.
  const precisionsBy = new Map<string, Map<Precision, { path: string; text: string; entry: DatedEntry }[]>>();
  const valid: (DatedEntry & { from?: number; to?: number })[] = [];
  for (const dated of entries) {
    const { section, entry } = dated;
    const item: DatedEntry & { from?: number; to?: number } = { ...dated };
    for (const [field, value] of [
      ['startDate', dated.start],
      ['endDate', dated.end],
    ] as const) {
      if (value === undefined || value === '') continue;
      const path = pathOf(section, entry, field);
      if (!RESUME_DATE.test(value)) {
        find(
          'error',
          'date-unparseable',
          `The ${SECTION_NAME[section]} date ${quote(value)} is not a date an ATS can read; write it as a month and year, e.g. 2021-03.`,
          { section, entry, path, text: value },
        );
        continue;
      }
      const group = section === 'education' ? 'education' : 'experience';
      const precisions = precisionsBy.get(group) ?? new Map();
      precisionsBy.set(group, precisions);
      const list = precisions.get(precisionOf(value)) ?? [];
      list.push({ path, text: value, entry: dated });
      precisions.set(precisionOf(value), list);
      if (field === 'startDate') item.from = monthOf(value, 'start');
      else item.to = monthOf(value, 'end');
    }
    if (item.from !== undefined && item.to !== undefined && item.to < item.from) {
      find(
        'error',
        'date-end-before-start',
        `This ${SECTION_NAME[section]} entry ends (${dated.end}) before it starts (${dated.start}); swap or correct the dates.`,
        { section, entry, path: pathOf(section, entry, 'endDate'), text: dated.end ?? '' },
      );
    }
    if (item.from !== undefined && item.from > nowMonth && section === 'work') {
      find(
        'warning',
        'date-start-future',
        `This job starts in the future (${dated.start}); if it is an offer, leave it out or correct the date.`,
        { section, entry, path: pathOf(section, entry, 'startDate'), text: dated.start ?? '' },
      );
    }
    if (section === 'work' && item.from === undefined && dated.start === undefined) {
      find(
        'warning',
        'date-start-missing',
        'This job has no start date; an ATS counts years of experience from the dates, so add the month and year you started.',
        { section, entry, path: pathOf(section, entry, 'startDate') },
      );
    }
    valid.push(item);
  }
  // One format: the dates written in the less common precision are the ones to change.
  for (const precisions of precisionsBy.values()) {
    if (precisions.size < 2) continue;
    const ranked = [...precisions].sort((a, b) => b[1].length - a[1].length);
    const [main] = ranked[0] ?? [];
    for (const [precision, list] of ranked.slice(1)) {
      for (const { path, text, entry } of list) {
        find(
          'warning',
          'date-format-mixed',
          `The date ${quote(text)} is written as ${PRECISION_NAME[precision]} while most of your dates are ${PRECISION_NAME[main ?? 'month']}; use one format throughout (month and year is safest).`,
          { section: entry.section, entry: entry.entry, path, text },
        );
      }
    }
  }
  // Experience: newest first, gaps noted, years counted from the earliest start to the latest end (or now).
  const jobs = valid.filter((v) => v.section === 'work' && v.from !== undefined);
  let years = 0;
  if (jobs.length > 0) {
    let earliest = Number.POSITIVE_INFINITY;
    let latest = Number.NEGATIVE_INFINITY;
    for (const job of jobs) {
      earliest = Math.min(earliest, job.from ?? earliest);
      latest = Math.max(latest, job.to ?? nowMonth);
    }
    years = Math.max(0, Math.round(((Math.min(latest, nowMonth) - earliest + 1) / 12) * 10) / 10);
  }
  for (let i = 1; i < jobs.length; i++) {
    const before = jobs[i - 1];
    const job = jobs[i];
    if (!before || !job || before.from === undefined || job.from === undefined) continue;
    if (job.from > before.from) {
      find(
        'warning',
        'date-order',
        'Your experience is not newest first: this job started after the one above it; list jobs from the most recent down.',
        { section: 'work', entry: job.entry, path: pathOf('work', job.entry, 'startDate'), text: job.start ?? '' },
      );
    }
  }
  const byStart = [...jobs].sort((a, b) => (a.from ?? 0) - (b.from ?? 0));
  let coveredTo: number | undefined;
  for (const job of byStart) {
    if (coveredTo !== undefined && job.from !== undefined && job.from - coveredTo > 7) {
      const months = job.from - coveredTo - 1;
      find(
        'info',
        'date-gap',
        `There are ${months} months between this job and the one before it; that is fine, and a line on what you did then (study, travel, care) answers the question before it is asked.`,
        { section: 'work', entry: job.entry, path: pathOf('work', job.entry, 'startDate'), text: job.start ?? '' },
      );
    }
    const end = job.to ?? nowMonth;
    coveredTo = coveredTo === undefined ? end : Math.max(coveredTo, end);
  }
  return { yearsOfExperience: years };
}
