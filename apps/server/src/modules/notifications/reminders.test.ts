import type { Interview, NotificationPreferences, Task } from '@jobpilot/contracts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from './notifications.service.ts';
import { followUpNudges, formatWhen, humanizeMinutes, interviewReminders, taskReminders } from './reminders.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const START = new Date('2031-05-12T12:00:00Z');
const at = (minutesBeforeStart: number) => new Date(START.getTime() - minutesBeforeStart * MINUTE);
const prefs =
  (over: Partial<NotificationPreferences> = {}) =>
  () => ({ ...DEFAULT_PREFERENCES, ...over });

const interview: Interview & { userId: string } = {
  id: 'i1',
  userId: 'u1',
  applicationId: null,
  company: 'Acme',
  position: 'Frontend Engineer',
  scheduledAt: START.toISOString(),
  timezone: 'Europe/Berlin',
  durationMinutes: 45,
  type: 'onsite',
  location: 'Acme HQ',
  meetingUrl: null,
  details: null,
  createdAt: START.toISOString(),
  updatedAt: START.toISOString(),
};

describe('interview reminders with an injected clock', () => {
  it('is silent before the first reminder moment and after the start', () => {
    expect(interviewReminders([interview], prefs(), at(1441))).toEqual([]);
    expect(interviewReminders([interview], prefs(), at(0))).toEqual([]);
    expect(interviewReminders([interview], prefs(), at(-5))).toEqual([]);
  });

  it('sends the 24-hour reminder from 24 hours before, then the 1-hour one', () => {
    const day = interviewReminders([interview], prefs(), at(1440));
    expect(day).toHaveLength(1);
    expect(day[0]).toMatchObject({
      userId: 'u1',
      type: 'interview_reminder',
      dedupeKey: 'interview:i1:1440:2031-05-12T12:00:00.000Z',
      title: 'Interview with Acme in 24 hours',
      body: 'Onsite interview for Frontend Engineer — Mon, 12 May 2031, 14:00 (Europe/Berlin) · Acme HQ',
      link: '/interviews?id=i1',
    });
    expect(interviewReminders([interview], prefs(), at(61))[0]?.dedupeKey).toContain(':1440:');
    const hour = interviewReminders([interview], prefs(), at(60));
    expect(hour[0]).toMatchObject({ dedupeKey: 'interview:i1:60:2031-05-12T12:00:00.000Z' });
    expect(hour[0]?.title).toBe('Interview with Acme in 1 hour');
  });

  it('gives an interview added at short notice only the nearest reminder, saying the real time left', () => {
    const late = interviewReminders([interview], prefs(), at(30));
    expect(late).toHaveLength(1);
    expect(late[0]?.dedupeKey).toContain(':60:');
    expect(late[0]?.title).toBe('Interview with Acme in 30 minutes');
    expect(late[0]?.mailLines[0]).toBe(
      'Your onsite interview with Acme for Frontend Engineer starts in 30 minutes: Mon, 12 May 2031, 14:00 (Europe/Berlin).',
    );
  });

  it('reminds again after a reschedule, and follows the user’s own offsets or switch', () => {
    const moved = { ...interview, scheduledAt: '2031-05-13T12:00:00.000Z' };
    const now = new Date(Date.parse(moved.scheduledAt) - 50 * MINUTE);
    expect(interviewReminders([moved], prefs(), now)[0]?.dedupeKey).toBe('interview:i1:60:2031-05-13T12:00:00.000Z');
    expect(interviewReminders([interview], prefs({ interviewReminderOffsets: [120, 15] }), at(100))[0]?.dedupeKey).toBe(
      'interview:i1:120:2031-05-12T12:00:00.000Z',
    );
    expect(interviewReminders([interview], prefs({ interviewReminders: false }), at(30))).toEqual([]);
  });
});

describe('follow-up nudges', () => {
  const now = new Date('2031-05-12T12:00:00Z');
  const app = (daysAgo: number) => ({
    id: 'a1',
    userId: 'u1',
    company: 'Globex',
    position: 'Backend Developer',
    appliedSince: new Date(now.getTime() - daysAgo * DAY),
  });

  it('nudges once the application has sat in applied for the user’s number of days', () => {
    expect(followUpNudges([app(6.9)], prefs(), now)).toEqual([]);
    const nudge = followUpNudges([app(7)], prefs(), now);
    expect(nudge[0]).toMatchObject({
      type: 'follow_up',
      title: 'Follow up with Globex?',
      dedupeKey: `follow-up:a1:${app(7).appliedSince.toISOString()}`,
      link: '/applications/a1',
    });
    expect(nudge[0]?.body).toContain('You applied for Backend Developer 7 days ago');
    expect(followUpNudges([app(7)], prefs({ followUpDays: 14 }), now)).toEqual([]);
    expect(followUpNudges([app(20)], prefs({ followUps: false }), now)).toEqual([]);
  });
});

describe('task reminders', () => {
  const now = new Date('2031-05-12T12:00:00Z');
  const task: Task & { userId: string } = {
    id: 't1',
    userId: 'u1',
    applicationId: 'a1',
    company: 'Initech',
    position: 'QA Engineer',
    title: 'Send portfolio',
    dueAt: '2031-05-12T11:59:00.000Z',
    done: false,
    doneAt: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };

  it('reminds about an open task whose due moment has come, unless switched off', () => {
    expect(taskReminders([task], prefs(), now)[0]).toMatchObject({
      type: 'task_due',
      title: 'Task due: Send portfolio',
      body: 'For Initech — QA Engineer.',
      dedupeKey: 'task:t1:2031-05-12T11:59:00.000Z',
    });
    expect(taskReminders([{ ...task, dueAt: '2031-05-12T12:01:00.000Z' }], prefs(), now)).toEqual([]);
    expect(taskReminders([{ ...task, done: true }], prefs(), now)).toEqual([]);
    expect(taskReminders([task], prefs({ taskReminders: false }), now)).toEqual([]);
  });
});

describe('wording', () => {
  it('says how far away a moment is the way a person does', () => {
    expect([0.2, 1, 30, 59.6, 60, 89, 1440, 2879, 2880, 10080].map(humanizeMinutes)).toEqual([
      '1 minute',
      '1 minute',
      '30 minutes',
      '1 hour',
      '1 hour',
      '1 hour',
      '24 hours',
      '48 hours',
      '2 days',
      '7 days',
    ]);
    expect(formatWhen('2031-01-05T23:30:00Z', 'America/New_York')).toBe('Sun, 5 Jan 2031, 18:30 (America/New_York)');
  });
});
