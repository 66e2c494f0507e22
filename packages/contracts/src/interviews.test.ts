import { describe, expect, it } from 'vitest';
import {
  createInterviewSchema,
  createTaskSchema,
  isTimeZone,
  listInterviewsQuerySchema,
  listTasksQuerySchema,
  rangeEnd,
  rangeStart,
  timeZoneSchema,
  updateInterviewSchema,
  updateNotificationPreferencesSchema,
} from './index.js';

const interview = {
  company: 'Acme',
  position: 'Engineer',
  scheduledAt: '2031-05-12T14:00:00+02:00',
  timezone: 'Europe/Berlin',
  type: 'onsite',
  location: 'HQ',
};
const fieldOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues[0]?.path.join('.');

describe('time zones and instants', () => {
  it('accepts IANA names and UTC, refuses offsets and inventions, and fixes only the letter case', () => {
    expect(['Europe/Berlin', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/GMT+5'].every(isTimeZone)).toBe(true);
    expect(['+02:00', 'GMT+2', 'Mars/Olympus', '', 'Europe/'].some(isTimeZone)).toBe(false);
    expect(timeZoneSchema.parse('europe/berlin')).toBe('Europe/Berlin');
    expect(timeZoneSchema.parse(' utc ')).toBe('UTC');
    expect(timeZoneSchema.safeParse('Mars/Olympus').success).toBe(false);
  });

  it('keeps current names that Intl on Node 20 would rewrite to a legacy alias, and the legacy ones too', () => {
    for (const zone of ['Europe/Kyiv', 'Asia/Kolkata', 'Asia/Ho_Chi_Minh', 'America/Argentina/Buenos_Aires']) {
      expect(timeZoneSchema.parse(zone), zone).toBe(zone);
      expect(createInterviewSchema.parse({ ...interview, timezone: zone }).timezone, zone).toBe(zone);
      expect(updateInterviewSchema.parse({ timezone: zone }).timezone, zone).toBe(zone);
    }
    expect(timeZoneSchema.parse('asia/kolkata')).toBe('Asia/Kolkata');
    expect(timeZoneSchema.parse('EUROPE/KYIV')).toBe('Europe/Kyiv');
    for (const zone of ['Europe/Kiev', 'Asia/Calcutta', 'Asia/Saigon']) expect(timeZoneSchema.parse(zone)).toBe(zone);
  });

  it('needs an offset on the start and a real day', () => {
    for (const scheduledAt of ['2031-05-12T14:00:00', '2031-02-29T10:00:00Z', 'tomorrow']) {
      expect(fieldOf(createInterviewSchema.safeParse({ ...interview, scheduledAt })), scheduledAt).toBe('scheduledAt');
    }
    expect(createInterviewSchema.parse(interview).durationMinutes).toBe(60);
  });

  it('refuses an interview longer than 24 hours with a message that says so', () => {
    expect(createInterviewSchema.safeParse({ ...interview, durationMinutes: 1440 }).success).toBe(true);
    const long = createInterviewSchema.safeParse({ ...interview, durationMinutes: 1441 });
    expect(fieldOf(long)).toBe('durationMinutes');
    expect(long.error?.issues[0]?.message).toBe('An interview can last at most 24 hours (1440 minutes)');
  });
});

describe('interview rules', () => {
  it('asks onsite for a place; an online link is optional but must be http(s); phone needs neither', () => {
    expect(fieldOf(createInterviewSchema.safeParse({ ...interview, location: '' }))).toBe('location');
    const online = createInterviewSchema.parse({ ...interview, type: 'online', location: null, meetingUrl: '' });
    expect(online.meetingUrl).toBeNull();
    const ftp = { ...interview, type: 'online', meetingUrl: 'ftp://x.example.com' };
    expect(fieldOf(createInterviewSchema.safeParse(ftp))).toBe('meetingUrl');
    expect(createInterviewSchema.safeParse({ ...interview, type: 'phone', location: null }).success).toBe(true);
  });

  it('lets a linked application stand in for company and position', () => {
    const linked = { ...interview, company: undefined, position: undefined };
    expect(fieldOf(createInterviewSchema.safeParse(linked))).toBe('company');
    const applicationId = '00000000-0000-4000-8000-000000000000';
    expect(createInterviewSchema.safeParse({ ...linked, applicationId }).success).toBe(true);
  });

  it('reads a bare date range as whole UTC days and refuses an end before the start', () => {
    expect(rangeStart('2031-06-10').toISOString()).toBe('2031-06-10T00:00:00.000Z');
    expect(rangeEnd('2031-06-10').toISOString()).toBe('2031-06-11T00:00:00.000Z');
    expect(fieldOf(listInterviewsQuerySchema.safeParse({ from: '2031-06-10', to: '2031-06-09' }))).toBe('to');
    expect(listInterviewsQuerySchema.parse({ type: 'phone' }).type).toEqual(['phone']);
  });

  it('orders the list soonest first unless asked for desc', () => {
    expect(listInterviewsQuerySchema.parse({}).order).toBe('asc');
    expect(listInterviewsQuerySchema.parse({ order: 'desc' }).order).toBe('desc');
    expect(fieldOf(listInterviewsQuerySchema.safeParse({ order: 'newest' }))).toBe('order');
  });
});

describe('tasks and preferences', () => {
  it('trims task titles, defaults to open and reads done=true|false', () => {
    expect(createTaskSchema.parse({ title: ' Call ' })).toEqual({ title: 'Call', dueAt: null, done: false });
    expect(listTasksQuerySchema.parse({ done: 'false' })).toMatchObject({ due: 'all', done: false });
  });

  it('sorts reminder offsets longest first without repeats, and wants one while reminders are on', () => {
    const base = {
      inApp: true,
      email: true,
      interviewReminders: true,
      interviewReminderOffsets: [60, 1440, 60],
      followUps: true,
      followUpDays: 7,
      taskReminders: true,
    };
    expect(updateNotificationPreferencesSchema.parse(base).interviewReminderOffsets).toEqual([1440, 60]);
    const none = { ...base, interviewReminderOffsets: [] };
    expect(fieldOf(updateNotificationPreferencesSchema.safeParse(none))).toBe('interviewReminderOffsets');
    expect(updateNotificationPreferencesSchema.safeParse({ ...none, interviewReminders: false }).success).toBe(true);
  });
});
