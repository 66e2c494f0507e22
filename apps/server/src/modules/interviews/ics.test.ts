import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contentLine, escapeText, foldLine, formatLocal, formatUtc, offsetMinutes } from './ics.ts';
import { transitions, vtimezone } from './vtimezone.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

/** A zone as ical.js understands it, from VTIMEZONE lines. */
function icalZone(lines: string[]): ICAL.Timezone {
  const calendar = new ICAL.Component(
    ICAL.parse(['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR', ''].join('\r\n')),
  );
  const component = calendar.getFirstSubcomponent('vtimezone');
  if (!component) throw new Error('no VTIMEZONE');
  return new ICAL.Timezone(component);
}

/** The wall-clock time ical.js gives for an instant in a zone, e.g. `2026-07-01T10:00:00`. */
const localIn = (zone: ICAL.Timezone, instant: Date) =>
  ICAL.Time.fromJSDate(instant, true).convertToZone(zone).toString();

describe('text and lines', () => {
  it('escapes backslash, semicolon, comma and every kind of newline', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `DESCRIPTION:${'ü€'.repeat(60)}`;
    const folded = foldLine(line);
    expect(folded.length).toBeGreaterThan(2);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of folded.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('leaves a short line alone and quotes parameter values with separators', () => {
    expect(foldLine('VERSION:2.0')).toEqual(['VERSION:2.0']);
    expect(contentLine('X-TEST', 'v', { NOTE: 'a:b' })).toEqual(['X-TEST;NOTE="a:b":v']);
  });

  it('writes UTC and zone-local date-times', () => {
    const instant = new Date('2026-03-08T07:30:00Z');
    expect(formatUtc(instant)).toBe('20260308T073000Z');
    expect(formatLocal(instant, 'America/New_York')).toBe('20260308T033000');
    expect(formatLocal(instant, 'Asia/Kolkata')).toBe('20260308T130000');
    expect(offsetMinutes(instant, 'America/New_York')).toBe(-240);
    expect(offsetMinutes(new Date('2026-03-08T06:59:00Z'), 'America/New_York')).toBe(-300);
  });
});

describe('VTIMEZONE', () => {
  it('finds the DST changes of a year to the minute', () => {
    const found = transitions('Europe/Berlin', new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'));
    expect(found.map((t) => [t.at.toISOString(), t.from, t.to])).toEqual([
      ['2026-03-29T01:00:00.000Z', 60, 120],
      ['2026-10-25T01:00:00.000Z', 120, 60],
    ]);
  });

  it('gives the same local times as the ical.js sample zone for America/New_York (sample from kewisch/ical.js)', () => {
    const lines = readFileSync(new URL('./fixtures/america-new-york.ics', import.meta.url), 'utf8').split(/\r?\n/);
    const sample = icalZone(lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1));
    const ours = icalZone(vtimezone('America/New_York', 2026, 2027));
    const instants = [
      '2026-01-15T12:00:00Z',
      '2026-03-08T06:59:00Z',
      '2026-03-08T07:00:00Z',
      '2026-07-01T14:00:00Z',
      '2026-11-01T05:59:00Z',
      '2026-11-01T06:00:00Z',
      '2027-03-14T07:00:00Z',
      '2027-12-31T23:00:00Z',
    ].map((s) => new Date(s));
    for (const instant of instants) {
      expect(localIn(ours, instant), instant.toISOString()).toBe(localIn(sample, instant));
    }
    expect(localIn(ours, new Date('2026-07-01T14:00:00Z'))).toBe('2026-07-01T10:00:00');
  });

  it('encodes southern-hemisphere DST and half-hour zones correctly for ical.js', () => {
    for (const zone of ['Australia/Sydney', 'Asia/Kolkata', 'Europe/Berlin', 'America/St_Johns']) {
      const parsed = icalZone(vtimezone(zone, 2026, 2026));
      for (let month = 0; month < 12; month += 1) {
        const instant = new Date(Date.UTC(2026, month, 10, 15, 45));
        expect(localIn(parsed, instant), `${zone} ${instant.toISOString()}`).toBe(
          `${formatLocal(instant, zone).replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/, '$1-$2-$3T$4:$5:$6')}`,
        );
      }
    }
  });
});
