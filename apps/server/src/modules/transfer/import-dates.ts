import type { CsvImportDateOrder } from '@jobpilot/contracts';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const TRAILING_TIME =
  /(?:[T\s]+|,\s*)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:am|pm)?\s*(?:z|utc|gmt|[+-]\d{2}:?\d{2})?$/i;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\.?$/;
const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/;
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+)\.?,?[\s-]+(\d{2}|\d{4})$/i;
const MONTH_NAME_DAY = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

const pad = (n: number) => String(n).padStart(2, '0');
const fullYear = (y: string) => (y.length === 4 ? Number(y) : Number(y) + (Number(y) < 70 ? 2000 : 1900));
/** 1–12 for a month's name or its abbreviation of three or more letters (`Mar`, `Sept`, `March`). */
function monthOf(name: string): number | undefined {
  const n = name.toLowerCase();
  const index = n.length >= 3 ? MONTH_NAMES.findIndex((full) => full.startsWith(n)) : -1;
  return index >= 0 ? index + 1 : undefined;
}

/** `YYYY-MM-DD` when the parts make a real calendar day between 1900 and 2100. */
function calendarDate(year: number, month: number | undefined, day: number): string | undefined {
  if (month === undefined || year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A date as trackers and spreadsheets write it, as `YYYY-MM-DD`; undefined when it cannot be read.
 * ISO (`2026-03-31`, with or without a time), EU dotted (`31.03.2026`), month names (`Mar 31, 2026`,
 * `31 March 2026`, `31-Mar-26`) and slashed dates, read month-first or day-first as `order` says.
 *
 * @example
 * parseDate('04/03/2026', 'mdy') // '2026-04-03'
 * parseDate('04/03/2026', 'dmy') // '2026-03-04'
 */
export function parseDate(text: string, order: CsvImportDateOrder): string | undefined {
  const t = text.trim().replace(TRAILING_TIME, '').trim();
  let m = ISO.exec(t) ?? YEAR_FIRST.exec(t);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DOTTED.exec(t);
  if (m) return calendarDate(fullYear(m[3] ?? ''), Number(m[2]), Number(m[1]));
  m = SLASHED.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return order === 'mdy' ? calendarDate(fullYear(m[3] ?? ''), a, b) : calendarDate(fullYear(m[3] ?? ''), b, a);
  }
  m = DAY_MONTH_NAME.exec(t);
  if (m) return calendarDate(fullYear(m[3] ?? ''), monthOf(m[2] ?? ''), Number(m[1]));
  m = MONTH_NAME_DAY.exec(t);
  if (m) return calendarDate(Number(m[3]), monthOf(m[1] ?? ''), Number(m[2]));
  return undefined;
}

/**
 * Which way the file's slashed dates go. A first part above 12 means day-first, a second part above 12
 * month-first; when no date decides it (or the file mixes both), month-first is used, as the US trackers
 * (Huntr, Teal) write, and `ambiguous` tells the person to confirm.
 */
export function detectDateOrder(values: Iterable<string>): { order: CsvImportDateOrder; ambiguous: boolean } {
  let dayFirst = 0;
  let monthFirst = 0;
  let slashed = 0;
  for (const value of values) {
    const m = SLASHED.exec(value.trim().replace(TRAILING_TIME, '').trim());
    if (!m) continue;
    slashed += 1;
    if (Number(m[1]) > 12) dayFirst += 1;
    if (Number(m[2]) > 12) monthFirst += 1;
  }
  if (dayFirst > 0 && monthFirst === 0) return { order: 'dmy', ambiguous: false };
  if (monthFirst > 0 && dayFirst === 0) return { order: 'mdy', ambiguous: false };
  return { order: dayFirst > monthFirst ? 'dmy' : 'mdy', ambiguous: slashed > 0 };
}
