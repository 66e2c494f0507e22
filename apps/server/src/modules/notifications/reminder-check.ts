import {
  FOLLOW_UP_DAYS_MAX,
  FOLLOW_UP_DAYS_MIN,
  type Interview,
  type NotificationPreferences,
  REMINDER_OFFSET_MAX,
  type Task,
} from '@jobpilot/contracts';
import type { Logger } from 'pino';
import type { MailMessage } from '#modules/mail/index.ts';
import { EMAIL_ONLY_PREFIX, type NewNotification, type NotificationsRepository } from './notifications.repository.ts';
import { toPreferences } from './notifications.service.ts';
import type { PreferencesRepository } from './preferences.repository.ts';
import {
  type DueReminder,
  followUpNudges,
  interviewReminders,
  type StaleApplication,
  taskReminders,
} from './reminders.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
/** A follow-up is only sent if its day came in the last 30 days (an old import does not flood the bell). */
export const FOLLOW_UP_LOOKBACK_DAYS = 30;
/** A task is reminded about if it fell due in the last 7 days. */
export const TASK_LOOKBACK_DAYS = 7;

export interface Recipient {
  email: string;
  name: string;
  emailVerified: boolean;
}

export interface ReminderSources {
  interviewsStartingBetween(after: Date, until: Date, userId?: string): Promise<(Interview & { userId: string })[]>;
  staleApplied(window: { since: Date; before: Date; userId?: string | undefined }): Promise<StaleApplication[]>;
  tasksDueBetween(after: Date, until: Date, userId?: string): Promise<(Task & { userId: string })[]>;
}

/**
 * Finds the reminders due at `now` (for everyone, or one user), records each once in the notification
 * centre (the `dedupe_key` unique constraint makes a second run a no-op) and mails those whose owner
 * wants email and has a verified address.
 */
export function createReminderCheck(deps: {
  sources: ReminderSources;
  notifications: Pick<
    NotificationsRepository,
    'deliveredKeysForReminders' | 'insertForReminders' | 'forgetForReminders'
  >;
  preferences: Pick<PreferencesRepository, 'findManyForReminders'>;
  recipientOf: (userId: string) => Promise<Recipient | undefined>;
  sendMail: (message: MailMessage) => Promise<unknown>;
  publicUrl: string;
  log?: Logger;
}) {
  const { sources, publicUrl } = deps;

  async function dueAt(now: Date, userId?: string) {
    const t = now.getTime();
    const [interviews, applications, tasks] = await Promise.all([
      sources.interviewsStartingBetween(now, new Date(t + REMINDER_OFFSET_MAX * MINUTE_MS), userId),
      sources.staleApplied({
        since: new Date(t - (FOLLOW_UP_DAYS_MAX + FOLLOW_UP_LOOKBACK_DAYS) * DAY_MS),
        before: new Date(t - FOLLOW_UP_DAYS_MIN * DAY_MS),
        userId,
      }),
      sources.tasksDueBetween(new Date(t - TASK_LOOKBACK_DAYS * DAY_MS), now, userId),
    ]);
    const userIds = [...new Set([...interviews, ...applications, ...tasks].map((x) => x.userId))];
    const stored = await deps.preferences.findManyForReminders(userIds);
    const prefs = new Map(stored.map((row) => [row.userId, toPreferences(row)]));
    const prefsOf = (id: string) => prefs.get(id) ?? toPreferences(undefined);
    const recent = (a: StaleApplication) => {
      const days = prefsOf(a.userId).followUpDays;
      return t - a.appliedSince.getTime() < (days + FOLLOW_UP_LOOKBACK_DAYS) * DAY_MS;
    };
    const reminders = [
      ...interviewReminders(interviews, prefsOf, now),
      ...followUpNudges(applications.filter(recent), prefsOf, now),
      ...taskReminders(tasks, prefsOf, now),
    ];
    return { reminders, prefsOf };
  }

  /** Who gets mail: users who want it and whose address is verified (it may not be theirs otherwise). */
  async function mailTargets(reminders: DueReminder[], prefsOf: (id: string) => NotificationPreferences) {
    const targets = new Map<string, Recipient>();
    for (const userId of new Set(reminders.map((r) => r.userId))) {
      if (!prefsOf(userId).email) continue;
      const recipient = await deps.recipientOf(userId);
      if (recipient?.emailVerified) targets.set(userId, recipient);
    }
    return targets;
  }

  function mailOf(reminder: DueReminder, to: Recipient): MailMessage {
    return {
      to: to.email,
      kind: 'notice',
      subject: `Reminder: ${reminder.title}`,
      text: [
        `Hi ${to.name},`,
        '',
        ...reminder.mailLines,
        '',
        `Open it in JobPilot: ${publicUrl}${reminder.link}`,
        '',
        `Choose which reminders you get: ${publicUrl}/settings/notifications`,
        '',
      ].join('\n'),
    };
  }

  return {
    async run({ now, userId }: { now: Date; userId?: string | undefined }) {
      const { reminders, prefsOf } = await dueAt(now, userId);
      const delivered = await deps.notifications.deliveredKeysForReminders(reminders);
      const fresh = reminders.filter((r) => !delivered.has(`${r.userId} ${r.dedupeKey}`));
      const mailTo = await mailTargets(fresh, prefsOf);

      const rows: NewNotification[] = fresh.flatMap((r) => {
        const inApp = prefsOf(r.userId).inApp;
        if (!inApp && !mailTo.has(r.userId)) return [];
        const { userId: owner, title, body, link, dedupeKey } = r;
        const type = inApp ? r.type : `${EMAIL_ONLY_PREFIX}${r.type}`;
        return [{ userId: owner, type, title, body, link, dedupeKey, readAt: inApp ? null : now }];
      });
      const inserted = await deps.notifications.insertForReminders(rows);

      const mails = inserted.flatMap((row) => {
        const reminder = fresh.find((r) => r.userId === row.userId && r.dedupeKey === row.dedupeKey);
        const to = mailTo.get(row.userId);
        return reminder && to ? [{ id: row.id, message: mailOf(reminder, to) }] : [];
      });
      let emailed = 0;
      try {
        for (const mail of mails) {
          await deps.sendMail(mail.message);
          emailed += 1;
        }
      } catch (err) {
        // Recorded but not mailed: forget those, so the job's retry delivers them on both channels.
        await deps.notifications.forgetForReminders(mails.slice(emailed).map((m) => m.id));
        throw err;
      }
      if (inserted.length > 0) deps.log?.info({ created: inserted.length, emailed }, 'reminders delivered');
      return { created: inserted.length, emailed };
    },
  };
}

export type ReminderCheck = ReturnType<typeof createReminderCheck>;
