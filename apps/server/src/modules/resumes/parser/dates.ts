const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const SEASONS: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };
const PRESENT = /^(present|current|now|today|ongoing|to date|heute|aujourd'hui)$/i;

const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const SEASON = '(?:spring|summer|fall|autumn|winter)';
const ONE_DATE = `(?:${MONTH_NAME}\\s*,?\\s*\\d{4}|${SEASON}\\s+\\d{4}|\\d{1,2}[/.]\\d{4}|\\d{4}[-/.]\\d{1,2}(?!\\d)|\\d{4})`;
const END = `(?:${ONE_DATE}|present|current|now|today|ongoing|to date)`;
/** A date range anywhere in a line: "Jan 2020 – Present", "01/2020 - 03/2021", "2019–2021", "Summer 2018". */
export const DATE_RANGE = new RegExp(
  `\\b(${ONE_DATE})(?:\\s*(?:-|–|—|to|until|till)\\s*(${END}))?(?![\\p{L}\\d])`,
  'giu',
);

export interface DateRange {
  startDate?: string;
  endDate?: string;
  current: boolean;
  /** The text the range was read from, to cut it out of the line. */
  matched: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const plausibleYear = (y: number) => y >= 1900 && y <= 2100;

/**
 * One date as JSON Resume writes it: `YYYY-MM` when the month is known, else `YYYY`.
 *
 * @example
 * toResumeDate('Sept. 2019') // '2019-09'
 * toResumeDate('03/2021') // '2021-03'
 */
export function toResumeDate(raw: string): string | undefined {
  const text = raw.trim().toLowerCase().replace(/\.$/, '');
  let m = text.match(/^([a-z]+)\.?\s*,?\s*(\d{4})$/);
  if (m) {
    const word = m[1] ?? '';
    const month = MONTHS[word.slice(0, word.startsWith('sept') ? 4 : 3)] ?? SEASONS[word];
    const year = Number(m[2]);
    if (!month || !plausibleYear(year)) return undefined;
    return `${year}-${pad(month)}`;
  }
  m = text.match(/^(\d{1,2})[/.](\d{4})$/) ?? null;
  if (m) {
    const month = Number(m[1]);
    const year = Number(m[2]);
    return month >= 1 && month <= 12 && plausibleYear(year) ? `${year}-${pad(month)}` : undefined;
  }
  m = text.match(/^(\d{4})[-/.](\d{1,2})$/);
  if (m) {
    const month = Number(m[2]);
    const year = Number(m[1]);
    return month >= 1 && month <= 12 && plausibleYear(year) ? `${year}-${pad(month)}` : undefined;
  }
  if (/^\d{4}$/.test(text) && plausibleYear(Number(text))) return text;
  return undefined;
}

/**
 * The first date range in a line. A range ending in "Present" is current and has no end date; a lone
 * date is a start (or a graduation) date.
 *
 * @example
 * findDateRange('Acme Corp  Jan 2020 – Present') // { startDate: '2020-01', current: true, matched: 'Jan 2020 – Present' }
 */
export function findDateRange(line: string): DateRange | undefined {
  for (const m of line.matchAll(DATE_RANGE)) {
    const range = rangeOf(m);
    if (range) return range;
  }
  return undefined;
}

function rangeOf(m: RegExpMatchArray): DateRange | undefined {
  const startDate = toResumeDate(m[1] ?? '');
  if (!startDate) return undefined;
  const end = m[2]?.trim();
  if (!end) return { startDate, current: false, matched: m[0] };
  if (PRESENT.test(end)) return { startDate, current: true, matched: m[0] };
  const endDate = toResumeDate(end);
  if (!endDate || endDate < startDate) return { startDate, current: false, matched: m[0] };
  return { startDate, endDate, current: false, matched: m[0] };
}
