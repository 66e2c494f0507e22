import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '#platform/db.ts';
import { type SavedViewRow, savedViews } from './saved-views.table.ts';

/** Every query of saved views, scoped by the owner. */
export function createSavedViewsRepository(db: Db) {
  const owned = (userId: string, id: string) => and(eq(savedViews.id, id), eq(savedViews.userId, userId));
  return {
    list(userId: string): Promise<SavedViewRow[]> {
      return db
        .select()
        .from(savedViews)
        .where(eq(savedViews.userId, userId))
        .orderBy(sql`lower(${savedViews.name})`, asc(savedViews.id));
    },

    async count(userId: string): Promise<number> {
      const [row] = await db.select({ n: count() }).from(savedViews).where(eq(savedViews.userId, userId));
      return row?.n ?? 0;
    },

    async find(userId: string, id: string): Promise<SavedViewRow | undefined> {
      const [row] = await db.select().from(savedViews).where(owned(userId, id));
      return row;
    },

    /** Undefined when the user already has a view of that name, whatever its case (the unique index decides). */
    async create(userId: string, values: Pick<SavedViewRow, 'name' | 'search'>): Promise<SavedViewRow | undefined> {
      const [row] = await db
        .insert(savedViews)
        .values({ ...values, userId })
        .onConflictDoNothing()
        .returning();
      return row;
    },

    async delete(userId: string, id: string): Promise<boolean> {
      const gone = await db.delete(savedViews).where(owned(userId, id)).returning({ id: savedViews.id });
      return gone.length > 0;
    },
  };
}

export type SavedViewsRepository = ReturnType<typeof createSavedViewsRepository>;
