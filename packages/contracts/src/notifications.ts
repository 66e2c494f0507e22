import { z } from 'zod';
import { listSchema, pageQuerySchema } from './envelope.js';

export const NOTIFICATION_TYPES = ['interview_reminder', 'follow_up', 'task_due'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export const notificationSchema = z.object({
  id: z.uuid(),
  type: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  /** A path in the web app, e.g. `/interviews?id=…`. */
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const listNotificationsQuerySchema = pageQuerySchema.extend({
  unread: z
    .enum(['true', 'false'], { message: 'Use true or false' })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
});
export type ListNotificationsQuery = z.input<typeof listNotificationsQuerySchema>;

/** The list envelope plus how many of the user's notifications are unread (for the bell's badge). */
export const notificationListSchema = listSchema(notificationSchema).extend({ unreadCount: z.number().int() });
export type NotificationList = z.infer<typeof notificationListSchema>;

export const readAllResultSchema = z.object({ marked: z.number().int(), unreadCount: z.number().int() });

/** Minutes before an interview; at most a week. */
export const REMINDER_OFFSET_MIN = 5;
export const REMINDER_OFFSET_MAX = 7 * 24 * 60;
export const REMINDER_OFFSETS_MAX = 5;
export const REMINDER_OFFSETS_DEFAULT = [1440, 60];
export const FOLLOW_UP_DAYS_MIN = 1;
export const FOLLOW_UP_DAYS_MAX = 90;
export const FOLLOW_UP_DAYS_DEFAULT = 7;

export const notificationPreferencesSchema = z.object({
  /** Show reminders in the notification centre. */
  inApp: z.boolean(),
  /** Also send them by email (to a verified address). */
  email: z.boolean(),
  interviewReminders: z.boolean(),
  interviewReminderOffsets: z.array(z.number().int()),
  followUps: z.boolean(),
  followUpDays: z.number().int(),
  taskReminders: z.boolean(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** PUT replaces every setting; offsets come back sorted, longest first, without repeats. */
export const updateNotificationPreferencesSchema = z
  .object({
    inApp: z.boolean({ message: 'In-app is true or false' }),
    email: z.boolean({ message: 'Email is true or false' }),
    interviewReminders: z.boolean({ message: 'Interview reminders is true or false' }),
    interviewReminderOffsets: z
      .array(
        z
          .number({ message: 'Enter minutes before the interview' })
          .int({ message: 'Use whole minutes' })
          .min(REMINDER_OFFSET_MIN, { message: `At least ${REMINDER_OFFSET_MIN} minutes before` })
          .max(REMINDER_OFFSET_MAX, { message: 'At most a week before' }),
      )
      .max(REMINDER_OFFSETS_MAX, { message: `At most ${REMINDER_OFFSETS_MAX} reminders` })
      .transform((v) => [...new Set(v)].sort((a, b) => b - a)),
    followUps: z.boolean({ message: 'Follow-ups is true or false' }),
    followUpDays: z
      .number({ message: 'Enter a number of days' })
      .int({ message: 'Use whole days' })
      .min(FOLLOW_UP_DAYS_MIN, { message: `At least ${FOLLOW_UP_DAYS_MIN} day` })
      .max(FOLLOW_UP_DAYS_MAX, { message: `At most ${FOLLOW_UP_DAYS_MAX} days` }),
    taskReminders: z.boolean({ message: 'Task reminders is true or false' }),
  })
  .refine((v) => !v.interviewReminders || v.interviewReminderOffsets.length > 0, {
    message: 'Add at least one reminder time, or turn interview reminders off',
    path: ['interviewReminderOffsets'],
  });
export type UpdateNotificationPreferencesInput = z.input<typeof updateNotificationPreferencesSchema>;
