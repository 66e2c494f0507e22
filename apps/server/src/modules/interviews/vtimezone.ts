import { contentLine, formatOffset, offsetMinutes, wallClock } from './ics.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60_000;

interface Transition {
  /** The instant the new offset starts. */
  at: Date;
  from: number;
  to: number;
}

/** The first minute at which the offset differs from the one at `lo`, searched in (lo, hi]. */
function firstChange(lo: number, hi: number, zone: string, before: number): number {
  let a = lo;
  let b = hi;
  while (b - a > MINUTE_MS) {
    const mid = a + Math.floor((b - a) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetMinutes(new Date(mid), zone) === before) a = mid;
    else b = mid;
  }
  return b;
}

/** Every change of offset between two instants, found day by day and pinned to the minute. */
export function transitions(zone: string, start: Date, end: Date): Transition[] {
  const found: Transition[] = [];
  let t = start.getTime();
  let offset = offsetMinutes(start, zone);
  while (t < end.getTime()) {
    const next = t + DAY_MS;
    const nextOffset = offsetMinutes(new Date(next), zone);
    if (nextOffset !== offset) {
      const at = firstChange(t, next, zone, offset);
      const to = offsetMinutes(new Date(at), zone);
      found.push({ at: new Date(at), from: offset, to });
      offset = to;
      t = at;
      continue;
    }
    t = next;
  }
  return found;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The onset as local time in the offset before it (RFC 5545 §3.6.5: DTSTART is in TZOFFSETFROM). */
function localOnset(at: Date, fromOffset: number): string {
  const d = new Date(at.getTime() + fromOffset * MINUTE_MS);
  return (
    `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`
  );
}

function abbreviation(at: Date, zone: string): string | undefined {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return name && /^[A-Za-z]{2,6}$/.test(name) ? name : undefined;
}

/** Daylight when the offset is above the year's smaller one (its standard time). */
function isDaylight(at: Date, offset: number, zone: string): boolean {
  const year = wallClock(at, zone).year;
  const standard = Math.min(
    offsetMinutes(new Date(Date.UTC(year, 0, 1)), zone),
    offsetMinutes(new Date(Date.UTC(year, 6, 1)), zone),
  );
  return offset > standard;
}

function observance(at: Date, from: number, to: number, zone: string): string[] {
  const kind = isDaylight(at, to, zone) ? 'DAYLIGHT' : 'STANDARD';
  const name = abbreviation(at, zone);
  return [
    `BEGIN:${kind}`,
    ...contentLine('DTSTART', localOnset(at, from)),
    ...contentLine('TZOFFSETFROM', formatOffset(from)),
    ...contentLine('TZOFFSETTO', formatOffset(to)),
    ...(name ? contentLine('TZNAME', name) : []),
    `END:${kind}`,
  ];
}

/**
 * A VTIMEZONE for `zone` covering the years `fromYear`…`toYear`, built from the runtime's time-zone data
 * as one observance per actual change of offset (no RRULE), plus the offset in force on 1 January.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const start = new Date(Date.UTC(fromYear, 0, 1) - DAY_MS);
  const end = new Date(Date.UTC(toYear + 1, 0, 1) + DAY_MS);
  const initial = offsetMinutes(start, zone);
  return [
    'BEGIN:VTIMEZONE',
    ...contentLine('TZID', zone),
    ...observance(start, initial, initial, zone),
    ...transitions(zone, start, end).flatMap((t) => observance(t.at, t.from, t.to, zone)),
    'END:VTIMEZONE',
  ];
}
