import type { Interview } from '@jobpilot/contracts';
import { describe, expect, it } from 'vitest';
import type { MailMessage } from '#modules/mail/mail.service.ts';
import type { NewNotification, NotificationRow } from './notifications.repository.ts';
import type { PreferencesRow } from './preferences.repository.ts';
import { createReminderCheck, type Recipient } from './reminder-check.ts';

const MINUTE = 60_000;
const START = new Date('2031-05-12T12:00:00Z');

function interviewOf(userId: string, id = `i-${userId}`): Interview & { userId: string } {
  return {
    id,
    userId,
    applicationId: null,
    company: 'Acme',
    position: 'Engineer',
    scheduledAt: START.toISOString(),
    timezone: 'UTC',
    durationMinutes: 60,
    type: 'online',
    location: null,
    meetingUrl: 'https://meet.example.com/x',
    details: null,
    createdAt: START.toISOString(),
    updatedAt: START.toISOString(),
  };
}

/** The check with in-memory stand-ins: a notifications table honouring the unique key, stored preferences, mail. */
function setup(opts: {
  interviews: (Interview & { userId: string })[];
  prefs?: Partial<PreferencesRow>[];
  /** How many sendMail calls fail before mail goes through (a queue hiccup). */
  failingMails?: number;
}) {
  const rows: NotificationRow[] = [];
  let failingMails = opts.failingMails ?? 0;
  const mail: MailMessage[] = [];
  const recipients: Record<string, Recipient> = {
    verified: { email: 'v@example.com', name: 'Vera', emailVerified: true },
    unverified: { email: 'u@example.com', name: 'Uli', emailVerified: false },
  };
  const check = createReminderCheck({
    sources: {
      interviewsStartingBetween: async (after, until) =>
        opts.interviews.filter(
          (i) => Date.parse(i.scheduledAt) > after.getTime() && Date.parse(i.scheduledAt) <= until.getTime(),
        ),
      staleApplied: async () => [],
      tasksDueBetween: async () => [],
    },
    notifications: {
      deliveredKeysForReminders: async () => new Set(rows.map((r) => `${r.userId} ${r.dedupeKey}`)),
      async forgetForReminders(ids: string[]) {
        for (const id of ids) {
          const at = rows.findIndex((r) => r.id === id);
          if (at >= 0) rows.splice(at, 1);
        }
      },
      async insertForReminders(values: NewNotification[]) {
        const fresh = values.filter((v) => !rows.some((r) => r.userId === v.userId && r.dedupeKey === v.dedupeKey));
        const inserted = fresh.map((v) => ({
          id: crypto.randomUUID(),
          body: null,
          link: null,
          dedupeKey: null,
          readAt: null,
          createdAt: new Date(),
          ...v,
        }));
        rows.push(...inserted);
        return inserted;
      },
    },
    preferences: {
      findManyForReminders: async (ids) =>
        (opts.prefs ?? []).filter((p) => ids.includes(p.userId ?? '')) as PreferencesRow[],
    },
    recipientOf: async (userId) => recipients[userId],
    sendMail: async (m) => {
      if (failingMails > 0) {
        failingMails -= 1;
        throw new Error('queue unavailable');
      }
      mail.push(m);
    },
    publicUrl: 'https://jobs.example.com',
  });
  return { check, rows, mail };
}

const row = (userId: string, over: Partial<PreferencesRow>): Partial<PreferencesRow> => ({
  userId,
  inApp: true,
  email: true,
  interviewReminders: true,
  interviewReminderOffsets: [1440, 60],
  followUps: true,
  followUpDays: 7,
  taskReminders: true,
  ...over,
});

describe('reminder check', () => {
  it('records a due reminder once and mails it to a verified address only', async () => {
    const { check, rows, mail } = setup({ interviews: [interviewOf('verified'), interviewOf('unverified')] });
    const now = new Date(START.getTime() - 45 * MINUTE);
    expect(await check.run({ now })).toEqual({ created: 2, emailed: 1 });
    expect(rows.map((r) => [r.userId, r.type, r.readAt])).toEqual([
      ['verified', 'interview_reminder', null],
      ['unverified', 'interview_reminder', null],
    ]);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to: 'v@example.com', subject: 'Reminder: Interview with Acme in 45 minutes' });
    expect(mail[0]?.text).toContain('Hi Vera,');
    expect(mail[0]?.text).toContain('Join: https://meet.example.com/x');
    expect(mail[0]?.text).toContain('Open it in JobPilot: https://jobs.example.com/interviews?id=i-verified');

    expect(await check.run({ now: new Date(now.getTime() + MINUTE) })).toEqual({ created: 0, emailed: 0 });
    expect(mail).toHaveLength(1);
  });

  it('retries a reminder whose mail could not be queued, instead of marking it delivered', async () => {
    const { check, rows, mail } = setup({ interviews: [interviewOf('verified')], failingMails: 1 });
    const now = new Date(START.getTime() - 45 * MINUTE);
    await expect(check.run({ now })).rejects.toThrow('queue unavailable');
    expect(rows).toEqual([]);
    expect(await check.run({ now })).toEqual({ created: 1, emailed: 1 });
    expect(rows).toHaveLength(1);
    expect(mail).toHaveLength(1);
  });

  it('respects the channels: email only is kept hidden and read; nothing at all when both are off', async () => {
    const { check, rows, mail } = setup({
      interviews: [interviewOf('verified'), interviewOf('unverified')],
      prefs: [row('verified', { inApp: false }), row('unverified', { inApp: false })],
    });
    const now = new Date(START.getTime() - 30 * MINUTE);
    expect(await check.run({ now })).toEqual({ created: 1, emailed: 1 });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ userId: 'verified', type: 'email:interview_reminder', readAt: now });
    expect(mail.map((m) => m.to)).toEqual(['v@example.com']);
  });

  it('sends no mail when email is off, and nothing when interview reminders are off', async () => {
    const { check, rows, mail } = setup({
      interviews: [interviewOf('verified'), interviewOf('unverified')],
      prefs: [row('verified', { email: false }), row('unverified', { interviewReminders: false })],
    });
    expect(await check.run({ now: new Date(START.getTime() - 10 * MINUTE) })).toEqual({ created: 1, emailed: 0 });
    expect(rows.map((r) => r.userId)).toEqual(['verified']);
    expect(mail).toEqual([]);
  });
});
