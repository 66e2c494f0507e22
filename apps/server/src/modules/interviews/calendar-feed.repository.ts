import { eq } from 'drizzle-orm';
import type { Db } from '#platform/db.ts';
import { calendarFeeds } from './interviews.table.ts';

/** The one subscription row per user; only the token's hash is kept. */
export function createCalendarFeedRepository(db: Db) {
  return {
    async find(userId: string) {
      const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId));
      return row;
    },

    /** Creates the row or replaces the hash (rotation), so the old token stops working at once. */
    async save(userId: string, tokenHash: string) {
      const [row] = await db
        .insert(calendarFeeds)
        .values({ userId, tokenHash })
        .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash, createdAt: new Date() } })
        .returning();
      if (!row) throw new Error('upsert returned no row');
      return row;
    },

    async delete(userId: string): Promise<boolean> {
      const gone = await db
        .delete(calendarFeeds)
        .where(eq(calendarFeeds.userId, userId))
        .returning({ userId: calendarFeeds.userId });
      return gone.length > 0;
    },

    /** Whose feed a token hash opens, if anyone's. */
    async ownerOf(tokenHash: string): Promise<string | undefined> {
      const [row] = await db
        .select({ userId: calendarFeeds.userId })
        .from(calendarFeeds)
        .where(eq(calendarFeeds.tokenHash, tokenHash));
      return row?.userId;
    },
  };
}

export type CalendarFeedRepository = ReturnType<typeof createCalendarFeedRepository>;
