import { and, asc, desc, eq, inArray, isNull, notLike, type SQL, sql } from 'drizzle-orm';
import type { Db } from '#platform/db.ts';
import { notificationPreferences, notifications } from './notifications.table.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = Pick<
  typeof notifications.$inferInsert,
  'userId' | 'type' | 'title' | 'body' | 'link' | 'dedupeKey' | 'readAt'
>;

/**
 * A reminder that went out by email only is recorded with this type prefix, so it is not sent twice,
 * and the notification centre never shows it (ADR 007).
 */
export const EMAIL_ONLY_PREFIX = 'email:';

/** Every query of notifications, scoped by the owner; the reminder job's batch insert says so in its name. */
export function createNotificationsRepository(db: Db) {
  const visible = (userId: string): SQL | undefined =>
    and(eq(notifications.userId, userId), notLike(notifications.type, `${EMAIL_ONLY_PREFIX}%`));
  const unreadCount = async (userId: string) =>
    db.$count(notifications, and(visible(userId), isNull(notifications.readAt)));

  return {
    unreadCount,

    /** Newest first. */
    async list(userId: string, f: { unread?: boolean | undefined; page: number; limit: number }) {
      const where = and(
        visible(userId),
        f.unread === undefined
          ? undefined
          : f.unread
            ? isNull(notifications.readAt)
            : sql`${notifications.readAt} is not null`,
      );
      const [rows, total, unread] = await Promise.all([
        db
          .select()
          .from(notifications)
          .where(where)
          .orderBy(desc(notifications.createdAt), desc(notifications.id))
          .limit(f.limit)
          .offset((f.page - 1) * f.limit),
        db.$count(notifications, where),
        unreadCount(userId),
      ]);
      return { rows, total, unreadCount: unread };
    },

    /** Marks one read (keeping the first read time); undefined when it is not the user's. */
    async markRead(userId: string, id: string): Promise<NotificationRow | undefined> {
      const [row] = await db
        .update(notifications)
        .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
        .where(and(eq(notifications.id, id), visible(userId)))
        .returning();
      return row;
    },

    async markAllRead(userId: string): Promise<number> {
      const marked = await db
        .update(notifications)
        .set({ readAt: sql`now()` })
        .where(and(visible(userId), isNull(notifications.readAt)))
        .returning({ id: notifications.id });
      return marked.length;
    },

    /** Which of these (user, dedupe key) pairs were already delivered, as `userId dedupeKey` strings. */
    async deliveredKeysForReminders(pairs: { userId: string; dedupeKey: string }[]): Promise<Set<string>> {
      if (pairs.length === 0) return new Set();
      const rows = await db
        .select({ userId: notifications.userId, dedupeKey: notifications.dedupeKey })
        .from(notifications)
        .where(
          and(
            inArray(notifications.userId, [...new Set(pairs.map((p) => p.userId))]),
            inArray(notifications.dedupeKey, [...new Set(pairs.map((p) => p.dedupeKey))]),
          ),
        );
      return new Set(rows.map((r) => `${r.userId} ${r.dedupeKey}`));
    },

    /** Inserts reminders across users; one already delivered (same user and dedupe key) is skipped. */
    /** Takes back reminders just recorded whose mail could not be queued, so the next run retries them whole. */
    async forgetForReminders(ids: string[]): Promise<void> {
      if (ids.length === 0) return;
      await db.delete(notifications).where(inArray(notifications.id, ids));
    },

    async insertForReminders(rows: NewNotification[]): Promise<NotificationRow[]> {
      if (rows.length === 0) return [];
      return db.insert(notifications).values(rows).onConflictDoNothing().returning();
    },

    /**
     * The user's settings and every notification, email-only records included, oldest first, for the "all my
     * data" export (ADR 010).
     */
    async exportRows(userId: string) {
      const [[preferences], rows] = await Promise.all([
        db
          .select({
            inApp: notificationPreferences.inApp,
            email: notificationPreferences.email,
            interviewReminders: notificationPreferences.interviewReminders,
            interviewReminderOffsets: notificationPreferences.interviewReminderOffsets,
            followUps: notificationPreferences.followUps,
            followUpDays: notificationPreferences.followUpDays,
            taskReminders: notificationPreferences.taskReminders,
            updatedAt: notificationPreferences.updatedAt,
          })
          .from(notificationPreferences)
          .where(eq(notificationPreferences.userId, userId)),
        db
          .select({
            id: notifications.id,
            type: notifications.type,
            title: notifications.title,
            body: notifications.body,
            link: notifications.link,
            readAt: notifications.readAt,
            createdAt: notifications.createdAt,
          })
          .from(notifications)
          .where(eq(notifications.userId, userId))
          .orderBy(asc(notifications.createdAt), asc(notifications.id)),
      ]);
      return { preferences, notifications: rows };
    },
  };
}

export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;
