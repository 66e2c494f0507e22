import {
  FOLLOW_UP_DAYS_DEFAULT,
  type Notification,
  type NotificationPreferences,
  REMINDER_OFFSETS_DEFAULT,
  type updateNotificationPreferencesSchema,
} from '@jobpilot/contracts';
import type { z } from 'zod';
import type { Actor } from '#platform/access.ts';
import { notFound } from '#platform/errors.ts';
import type { NotificationRow, NotificationsRepository } from './notifications.repository.ts';
import type { PreferencesRepository, PreferencesRow } from './preferences.repository.ts';

export const DEFAULT_PREFERENCES: NotificationPreferences = {
  inApp: true,
  email: true,
  interviewReminders: true,
  interviewReminderOffsets: REMINDER_OFFSETS_DEFAULT,
  followUps: true,
  followUpDays: FOLLOW_UP_DAYS_DEFAULT,
  taskReminders: true,
};

export function toNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    body: row.body,
    link: row.link,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A stored row as settings; no row means the defaults. */
export function toPreferences(row: PreferencesRow | undefined): NotificationPreferences {
  if (!row) return { ...DEFAULT_PREFERENCES };
  return {
    inApp: row.inApp,
    email: row.email,
    interviewReminders: row.interviewReminders,
    interviewReminderOffsets: [...row.interviewReminderOffsets].sort((a, b) => b - a),
    followUps: row.followUps,
    followUpDays: row.followUpDays,
    taskReminders: row.taskReminders,
  };
}

/** The notification centre (list, unread count, mark read) and the per-user settings. */
export function createNotificationsService(deps: {
  repository: NotificationsRepository;
  preferences: PreferencesRepository;
}) {
  const { repository, preferences } = deps;

  return {
    async list({ userId }: Actor, input: { unread?: boolean | undefined; page: number; limit: number }) {
      const { rows, total, unreadCount } = await repository.list(userId, input);
      return { items: rows.map(toNotification), total, unreadCount };
    },

    async markRead({ userId }: Actor, id: string): Promise<Notification> {
      const row = await repository.markRead(userId, id);
      if (!row) throw notFound('Notification');
      return toNotification(row);
    },

    async markAllRead({ userId }: Actor): Promise<{ marked: number; unreadCount: number }> {
      const marked = await repository.markAllRead(userId);
      return { marked, unreadCount: await repository.unreadCount(userId) };
    },

    async preferences({ userId }: Actor): Promise<NotificationPreferences> {
      return toPreferences(await preferences.find(userId));
    },

    async updatePreferences(
      { userId }: Actor,
      input: z.output<typeof updateNotificationPreferencesSchema>,
    ): Promise<NotificationPreferences> {
      return toPreferences(await preferences.save(userId, input));
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
