import type { Interview, InterviewType, NotificationPreferences, NotificationType, Task } from '@jobpilot/contracts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** A reminder that is due now, before deciding how (or whether) it is delivered. */
export interface DueReminder {
  userId: string;
  type: NotificationType;
  /** Unique per user: the same reminder is never delivered twice. */
  dedupeKey: string;
  title: string;
  body: string;
  /** A path in the web app. */
  link: string;
  /** Lines of the email, between the greeting and the footer. */
  mailLines: string[];
}

export interface StaleApplication {
  id: string;
  userId: string;
  company: string;
  position: string;
  /** When it last moved to `applied`. */
  appliedSince: Date;
}

type PreferencesOf = (userId: string) => NotificationPreferences;

const TYPE_LABELS: Record<InterviewType, string> = {
  phone: 'Phone interview',
  onsite: 'Onsite interview',
  online: 'Online interview',
};

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "30 minutes", "1 hour", "24 hours", "3 days": how far away a moment is, as a person says it. */
export function humanizeMinutes(minutes: number): string {
  const m = Math.max(1, Math.round(minutes));
  if (m < 60) return plural(m, 'minute');
  if (m < 48 * 60) return plural(Math.round(m / 60), 'hour');
  return plural(Math.round(m / (24 * 60)), 'day');
}

/** "Tue, 12 May 2026, 14:00 (Europe/Berlin)" */
export function formatWhen(instant: string | Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));
  return `${text.replace(/ at /, ', ')} (${timeZone})`;
}

/**
 * For each interview, the reminder whose moment (start − offset) has passed most recently, if any:
 * an interview added 30 minutes before it starts gets the 1-hour reminder, not the 24-hour one too.
 * The key includes the start, so a rescheduled interview reminds again.
 */
export function interviewReminders(
  interviews: (Interview & { userId: string })[],
  prefsOf: PreferencesOf,
  now: Date,
): DueReminder[] {
  return interviews.flatMap((interview) => {
    const prefs = prefsOf(interview.userId);
    if (!prefs.interviewReminders) return [];
    const minutesLeft = (Date.parse(interview.scheduledAt) - now.getTime()) / MINUTE_MS;
    if (minutesLeft <= 0) return [];
    const due = prefs.interviewReminderOffsets.filter((offset) => minutesLeft <= offset);
    if (due.length === 0) return [];
    const offset = Math.min(...due);
    const when = formatWhen(interview.scheduledAt, interview.timezone);
    const what = TYPE_LABELS[interview.type];
    const place = interview.location ?? interview.meetingUrl;
    const inTime = humanizeMinutes(minutesLeft);
    return [
      {
        userId: interview.userId,
        type: 'interview_reminder' as const,
        dedupeKey: `interview:${interview.id}:${offset}:${new Date(interview.scheduledAt).toISOString()}`,
        title: `Interview with ${interview.company} in ${inTime}`,
        body: `${what} for ${interview.position} — ${when}${place ? ` · ${place}` : ''}`,
        link: `/interviews?id=${interview.id}`,
        mailLines: [
          `Your ${what.toLowerCase()} with ${interview.company} for ${interview.position} starts in ${inTime}: ${when}.`,
          ...(interview.location ? [`Where: ${interview.location}`] : []),
          ...(interview.meetingUrl ? [`Join: ${interview.meetingUrl}`] : []),
        ],
      },
    ];
  });
}

/** One nudge per stay in `applied`, once it has lasted the user's number of days. */
export function followUpNudges(applications: StaleApplication[], prefsOf: PreferencesOf, now: Date): DueReminder[] {
  return applications.flatMap((application) => {
    const prefs = prefsOf(application.userId);
    if (!prefs.followUps) return [];
    const days = Math.floor((now.getTime() - application.appliedSince.getTime()) / DAY_MS);
    if (days < prefs.followUpDays) return [];
    const text = `You applied for ${application.position} ${plural(days, 'day')} ago and it is still marked Applied. A short, friendly note to the recruiter can move it along.`;
    return [
      {
        userId: application.userId,
        type: 'follow_up' as const,
        dedupeKey: `follow-up:${application.id}:${application.appliedSince.toISOString()}`,
        title: `Follow up with ${application.company}?`,
        body: text,
        link: `/applications/${application.id}`,
        mailLines: [text],
      },
    ];
  });
}

/** Open tasks whose due moment has come. */
export function taskReminders(tasks: (Task & { userId: string })[], prefsOf: PreferencesOf, now: Date): DueReminder[] {
  return tasks.flatMap((task) => {
    if (!task.dueAt || task.done || Date.parse(task.dueAt) > now.getTime()) return [];
    if (!prefsOf(task.userId).taskReminders) return [];
    const forWhat = `${task.company} — ${task.position}`;
    return [
      {
        userId: task.userId,
        type: 'task_due' as const,
        dedupeKey: `task:${task.id}:${new Date(task.dueAt).toISOString()}`,
        title: `Task due: ${task.title}`,
        body: `For ${forWhat}.`,
        link: `/tasks?applicationId=${task.applicationId}`,
        mailLines: [`Your task "${task.title}" for ${forWhat} is due now.`],
      },
    ];
  });
}
