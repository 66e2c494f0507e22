/**
 * The pieces of RFC 5545 (iCalendar) JobPilot writes: content lines folded at 75 octets, TEXT escaping,
 * UTC and zone-local date-times. Lines are joined with CRLF by `icsDocument`.
 */

const FOLD_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Splits a content line into lines of at most 75 octets, continuation lines starting with a space
 * (§3.1); never inside a multi-byte character.
 */
export function foldLine(line: string): string[] {
  if (encoder.encode(line).length <= FOLD_OCTETS) return [line];
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = lines.length === 0 ? FOLD_OCTETS : FOLD_OCTETS - 1;
    if (octets + size > limit) {
      lines.push(lines.length === 0 ? current : ` ${current}`);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  lines.push(lines.length === 0 ? current : ` ${current}`);
  return lines;
}

/** `NAME;PARAM=value:value`, folded. Parameter values with `:;,` are quoted. */
export function contentLine(name: string, value: string, params: Record<string, string> = {}): string[] {
  const paramText = Object.entries(params)
    .map(([key, v]) => `;${key}=${/[:;,]/.test(v) ? `"${v.replace(/"/g, '')}"` : v}`)
    .join('');
  return foldLine(`${name}${paramText}:${value}`);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20260512T120000Z` */
export function formatUtc(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of an instant in a time zone. */
export function wallClock(date: Date, timeZone: string) {
  let format = partsFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
  const field = (name: string) => Number(parts[name]);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  };
}

/** `20260512T140000`: the local time of an instant in `timeZone`, for `DTSTART;TZID=…`. */
export function formatLocal(date: Date, timeZone: string): string {
  const w = wallClock(date, timeZone);
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

/** Offset of `timeZone` from UTC at an instant, in minutes (east positive). */
export function offsetMinutes(date: Date, timeZone: string): number {
  const w = wallClock(date, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * True when the local time of an instant in `timeZone` happens twice, i.e. it falls in the hour repeated when
 * clocks go back (both occurrences count). Such a local time with `TZID` does not name one instant: RFC 5545
 * reads it as the first occurrence and calendar apps differ, so it is written in UTC instead.
 *
 * @example
 * isAmbiguousLocalTime(new Date('2026-11-01T06:30:00Z'), 'America/New_York') // true: 01:30 EST, after 01:30 EDT
 * isAmbiguousLocalTime(new Date('2026-11-01T07:30:00Z'), 'America/New_York') // false: 02:30 EST happens once
 */
export function isAmbiguousLocalTime(date: Date, timeZone: string): boolean {
  const own = offsetMinutes(date, timeZone);
  const wall = date.getTime() + own * 60_000;
  const others = new Set(
    [-DAY_MS, DAY_MS].map((step) => offsetMinutes(new Date(date.getTime() + step), timeZone)).filter((o) => o !== own),
  );
  // Another offset in force around this day gives the same wall-clock time at a different instant.
  for (const other of others) {
    if (offsetMinutes(new Date(wall - other * 60_000), timeZone) === other) return true;
  }
  return false;
}

/** `+0200`, `-0430` */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** Joins content lines with CRLF, ending with one. */
export function icsDocument(lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}
