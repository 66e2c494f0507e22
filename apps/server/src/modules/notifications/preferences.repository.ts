import { eq, inArray } from 'drizzle-orm';
import type { Db } from '#platform/db.ts';
import { notificationPreferences } from './notifications.table.ts';

export type PreferencesRow = typeof notificationPreferences.$inferSelect;
export type PreferencesValues = Omit<PreferencesRow, 'userId' | 'updatedAt'>;

/** Per-user notification settings; no row means the defaults. */
export function createPreferencesRepository(db: Db) {
  return {
    async find(userId: string): Promise<PreferencesRow | undefined> {
      const [row] = await db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
      return row;
    },

    /** The stored settings of several users (the reminder job); users without a row are absent. */
    async findManyForReminders(userIds: string[]): Promise<PreferencesRow[]> {
      if (userIds.length === 0) return [];
      return db.select().from(notificationPreferences).where(inArray(notificationPreferences.userId, userIds));
    },

    async save(userId: string, values: PreferencesValues): Promise<PreferencesRow> {
      const [row] = await db
        .insert(notificationPreferences)
        .values({ ...values, userId })
        .onConflictDoUpdate({ target: notificationPreferences.userId, set: { ...values, updatedAt: new Date() } })
        .returning();
      if (!row) throw new Error('upsert returned no row');
      return row;
    },
  };
}

export type PreferencesRepository = ReturnType<typeof createPreferencesRepository>;
