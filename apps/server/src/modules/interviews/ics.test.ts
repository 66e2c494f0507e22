import { readFileSync } from 'node:fs';
import type { Interview } from '@jobpilot/contracts';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  contentLine,
  escapeText,
  foldLine,
  formatLocal,
  formatUtc,
  isAmbiguousLocalTime,
  offsetMinutes,
} from './ics.ts';
import { buildCalendar } from './interviews-calendar.ts';
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

/** Current IANA names that Intl on Node 20 resolves to legacy aliases (Europe/Kiev, Asia/Calcutta, Asia/Saigon). */
const CURRENT_NAMES = ['Europe/Kyiv', 'Asia/Kolkata', 'Asia/Ho_Chi_Minh'];

describe('VTIMEZONE', () => {
  it('keeps the zone name it was given as TZID, also for names Intl spells the legacy way', () => {
    for (const zone of CURRENT_NAMES) {
      const lines = vtimezone(zone, 2026, 2026);
      expect(lines.filter((l) => l.startsWith('TZID'))).toEqual([`TZID:${zone}`]);
      expect(icalZone(lines).tzid).toBe(zone);
    }
    const kyiv = transitions('Europe/Kyiv', new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'));
    expect(kyiv.map((t) => [t.at.toISOString(), t.from, t.to])).toEqual([
      ['2026-03-29T01:00:00.000Z', 120, 180],
      ['2026-10-25T01:00:00.000Z', 180, 120],
    ]);
  });

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
    for (const zone of ['Australia/Sydney', 'Asia/Kolkata', 'Europe/Berlin', 'America/St_Johns', ...CURRENT_NAMES]) {
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

describe('ambiguous local times', () => {
  it('recognises both occurrences of the hour repeated when clocks go back, and nothing else', () => {
    const ambiguous: [string, string][] = [
      ['2026-11-01T05:30:00Z', 'America/New_York'], // 01:30 EDT, the first 01:30
      ['2026-11-01T06:30:00Z', 'America/New_York'], // 01:30 EST, the second 01:30
      ['2026-11-01T05:00:00Z', 'America/New_York'], // 01:00 EDT
      ['2026-11-01T06:59:00Z', 'America/New_York'], // 01:59 EST
      ['2026-10-25T00:30:00Z', 'Europe/Berlin'], // 02:30 CEST
      ['2026-10-25T01:30:00Z', 'Europe/Berlin'], // 02:30 CET
      ['2026-04-04T16:30:00Z', 'Australia/Sydney'], // 02:30 AEST on 5 April, after 02:30 AEDT
      ['2026-10-25T01:30:00Z', 'Europe/Kyiv'], // 03:30 EET
    ];
    for (const [instant, zone] of ambiguous) {
      expect(isAmbiguousLocalTime(new Date(instant), zone), `${instant} ${zone}`).toBe(true);
    }
    const single: [string, string][] = [
      ['2026-11-01T04:59:00Z', 'America/New_York'], // 00:59 EDT
      ['2026-11-01T07:00:00Z', 'America/New_York'], // 02:00 EST
      ['2026-03-08T07:30:00Z', 'America/New_York'], // 03:30 EDT, just after the gap
      ['2026-07-01T14:00:00Z', 'America/New_York'],
      ['2026-10-25T01:30:00Z', 'Asia/Kolkata'],
      ['2026-11-01T06:30:00Z', 'UTC'],
    ];
    for (const [instant, zone] of single) {
      expect(isAmbiguousLocalTime(new Date(instant), zone), `${instant} ${zone}`).toBe(false);
    }
  });
});

describe('interview times in the calendar', () => {
  const interview = (id: string, scheduledAt: string, timezone: string, durationMinutes = 60): Interview => ({
    id: `00000000-0000-4000-8000-00000000000${id}`,
    applicationId: null,
    company: 'Acme',
    position: 'Engineer',
    scheduledAt,
    timezone,
    durationMinutes,
    type: 'phone',
    location: null,
    meetingUrl: null,
    details: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });

  /** The calendar parsed by ical.js with its VTIMEZONEs registered; each event's DTSTART/DTEND lines and instants. */
  function roundTrip(interviews: Interview[]) {
    const text = buildCalendar({ interviews, tasks: [], publicUrl: 'https://jobs.example.com' });
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const unfolded = text.replace(/\r\n /g, '').split('\r\n');
    return calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      const uid = event.uid;
      const lines = unfolded.slice(unfolded.indexOf(`UID:${uid}`));
      return {
        uid,
        dtstart: lines.find((l) => l.startsWith('DTSTART')),
        dtend: lines.find((l) => l.startsWith('DTEND')),
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
      };
    });
  }

  it('writes an interview in the repeated hour in UTC so ical.js reads the exact instant', () => {
    const events = roundTrip([
      interview('1', '2026-11-01T06:30:00.000Z', 'America/New_York'), // the second 01:30
      interview('2', '2026-11-01T05:30:00.000Z', 'America/New_York'), // the first 01:30
      interview('3', '2026-11-01T04:45:00.000Z', 'America/New_York'), // 00:45 EDT, ends 01:45 EDT
      interview('4', '2026-11-01T07:30:00.000Z', 'America/New_York'), // 02:30 EST, once
      interview('5', '2026-10-25T01:15:00.000Z', 'Europe/Berlin', 30), // 02:15 CET, the second
    ]);
    expect(events).toEqual([
      {
        uid: 'interview-00000000-0000-4000-8000-000000000001@jobpilot',
        dtstart: 'DTSTART:20261101T063000Z',
        dtend: 'DTEND:20261101T073000Z',
        start: '2026-11-01T06:30:00.000Z',
        end: '2026-11-01T07:30:00.000Z',
      },
      {
        uid: 'interview-00000000-0000-4000-8000-000000000002@jobpilot',
        dtstart: 'DTSTART:20261101T053000Z',
        dtend: 'DTEND:20261101T063000Z',
        start: '2026-11-01T05:30:00.000Z',
        end: '2026-11-01T06:30:00.000Z',
      },
      {
        uid: 'interview-00000000-0000-4000-8000-000000000003@jobpilot',
        dtstart: 'DTSTART:20261101T044500Z',
        dtend: 'DTEND:20261101T054500Z',
        start: '2026-11-01T04:45:00.000Z',
        end: '2026-11-01T05:45:00.000Z',
      },
      {
        uid: 'interview-00000000-0000-4000-8000-000000000004@jobpilot',
        dtstart: 'DTSTART;TZID=America/New_York:20261101T023000',
        dtend: 'DTEND;TZID=America/New_York:20261101T033000',
        start: '2026-11-01T07:30:00.000Z',
        end: '2026-11-01T08:30:00.000Z',
      },
      {
        uid: 'interview-00000000-0000-4000-8000-000000000005@jobpilot',
        dtstart: 'DTSTART:20261025T011500Z',
        dtend: 'DTEND:20261025T014500Z',
        start: '2026-10-25T01:15:00.000Z',
        end: '2026-10-25T01:45:00.000Z',
      },
    ]);
  });

  it('uses the zone name as sent for TZID and the VTIMEZONE, and ical.js reads the exact instants', () => {
    const zoned = [
      interview('1', '2026-07-01T07:00:00.000Z', 'Europe/Kyiv'),
      interview('2', '2026-12-01T08:00:00.000Z', 'Europe/Kyiv'),
      interview('3', '2026-07-01T04:30:00.000Z', 'Asia/Kolkata'),
      interview('4', '2026-07-01T03:00:00.000Z', 'Asia/Ho_Chi_Minh'),
    ];
    const text = buildCalendar({ interviews: zoned, tasks: [], publicUrl: 'https://jobs.example.com' });
    expect(text.match(/^TZID:.*$/gm)?.map((l) => l.trim())).toEqual([
      'TZID:Europe/Kyiv',
      'TZID:Asia/Kolkata',
      'TZID:Asia/Ho_Chi_Minh',
    ]);
    expect(text).not.toMatch(/Kiev|Calcutta|Saigon/);
    expect(roundTrip(zoned).map((e) => [e.dtstart, e.start])).toEqual([
      ['DTSTART;TZID=Europe/Kyiv:20260701T100000', '2026-07-01T07:00:00.000Z'],
      ['DTSTART;TZID=Europe/Kyiv:20261201T100000', '2026-12-01T08:00:00.000Z'],
      ['DTSTART;TZID=Asia/Kolkata:20260701T100000', '2026-07-01T04:30:00.000Z'],
      ['DTSTART;TZID=Asia/Ho_Chi_Minh:20260701T100000', '2026-07-01T03:00:00.000Z'],
    ]);
  });
});
