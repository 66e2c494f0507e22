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

/** The part of an interview that falls on one local day, in minutes from that day's midnight. */
export interface DaySegment {
  interview: Interview;
  /** 0–1440 */
  startMinute: number;
  endMinute: number;
  /** It began on an earlier day / goes on into the next. */
  continuesFromBefore: boolean;
  continuesAfter: boolean;
}

/** A segment placed in its day column: `column` of `columns` side by side (overlapping ones share the width). */
export interface PlacedSegment extends DaySegment {
  column: number;
  columns: number;
}

const DAY_MINUTES = 24 * 60;

/**
 * Each interview cut at local midnights into the days of `days` it touches, by day, in start order.
 * An interview from 23:00 for two hours shows 23:00–24:00 on its day and 00:00–01:00 on the next.
 */
export function daySegments(interviews: Interview[], days: string[]): Map<string, DaySegment[]> {
  const result = new Map<string, DaySegment[]>(days.map((d) => [d, []]));
  for (const interview of interviews) {
    const start = new Date(interview.scheduledAt).getTime();
    const end = start + interview.durationMinutes * 60_000;
    for (const day of days) {
      const dayStart = parse(day).getTime();
      const dayEnd = parse(addDays(day, 1)).getTime();
      if (end <= dayStart || start >= dayEnd) continue;
      // Minutes of the wall clock, so a day of a DST change still runs 00:00–24:00 on the grid.
      const minuteOf = (t: number) => {
        const d = new Date(t);
        return d.getHours() * 60 + d.getMinutes();
      };
      const startMinute = start <= dayStart ? 0 : minuteOf(start);
      result.get(day)?.push({
        interview,
        startMinute,
        endMinute: end >= dayEnd ? DAY_MINUTES : Math.max(minuteOf(end), startMinute + 1),
        continuesFromBefore: start < dayStart,
        continuesAfter: end > dayEnd,
      });
    }
  }
  for (const list of result.values()) list.sort((a, b) => a.startMinute - b.startMinute || b.endMinute - a.endMinute);
  return result;
}

/**
 * Places one day's segments side by side where they overlap, as calendar apps do: a run of segments that
 * overlap one another (directly or through others) shares the column's width; each takes the first
 * sub-column free at its start.
 *
 * @example
 * // 09:00–10:00 and 09:30–11:00 → columns 0 and 1 of 2; 14:00–14:30 alone → column 0 of 1.
 */
export function layoutDay(segments: DaySegment[]): PlacedSegment[] {
  const sorted = [...segments].sort((a, b) => a.startMinute - b.startMinute || b.endMinute - a.endMinute);
  const placed: PlacedSegment[] = [];
  let cluster: PlacedSegment[] = [];
  let columnEnds: number[] = [];
  let clusterEnd = -1;
  const close = () => {
    for (const s of cluster) s.columns = columnEnds.length;
    cluster = [];
    columnEnds = [];
  };
  for (const segment of sorted) {
    if (segment.startMinute >= clusterEnd) close();
    let column = columnEnds.findIndex((end) => end <= segment.startMinute);
    if (column === -1) column = columnEnds.push(segment.endMinute) - 1;
    else columnEnds[column] = segment.endMinute;
    const item = { ...segment, column, columns: 1 };
    cluster.push(item);
    placed.push(item);
    clusterEnd = Math.max(clusterEnd, segment.endMinute);
  }
  close();
  return placed;
}
