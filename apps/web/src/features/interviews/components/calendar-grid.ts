import type { Interview } from '@jobpilot/contracts';
import { localDate } from './zoned-time';

/** Weeks start on Monday, as in most of the world and in Mantine's date pickers. */
const mondayIndex = (d: Date) => (d.getDay() + 6) % 7;

const parse = (date: string) => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
};

export const addDays = (date: string, days: number) => {
  const d = parse(date);
  d.setDate(d.getDate() + days);
  return localDate(d);
};

export const addMonths = (date: string, months: number) => {
  const d = parse(date);
  return localDate(new Date(d.getFullYear(), d.getMonth() + months, 1));
};

/** The Monday on or before a date. */
export const weekStart = (date: string) => addDays(date, -mondayIndex(parse(date)));

/** The 7 dates of the week holding `date`. */
export const weekDays = (date: string) => Array.from({ length: 7 }, (_, i) => addDays(weekStart(date), i));

/** Whole weeks (Monday first) covering the month of `date`: 4–6 rows of 7 dates. */
export function monthWeeks(date: string): string[][] {
  const d = parse(date);
  const first = localDate(new Date(d.getFullYear(), d.getMonth(), 1));
  const last = localDate(new Date(d.getFullYear(), d.getMonth() + 1, 0));
  const weeks: string[][] = [];
  for (let start = weekStart(first); start <= last; start = addDays(start, 7)) weeks.push(weekDays(start));
  return weeks;
}

export const isSameMonth = (a: string, b: string) => a.slice(0, 7) === b.slice(0, 7);

/** Interviews by local day (`YYYY-MM-DD`), in start order. */
export function byDay(interviews: Interview[]): Map<string, Interview[]> {
  const days = new Map<string, Interview[]>();
  for (const i of interviews) {
    const key = localDate(new Date(i.scheduledAt));
    days.set(key, [...(days.get(key) ?? []), i]);
  }
  return days;
}

/** "May 2026" / "11 – 17 May 2026" */
export function periodTitle(view: 'month' | 'week', date: string): string {
  if (view === 'month') {
    return new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' }).format(parse(date));
  }
  const days = weekDays(date);
  const fmt = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return fmt.formatRange(parse(days[0] ?? date), parse(days[6] ?? date));
}
