import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { userDirectory } from '#modules/identity/index.ts';
import type { Db } from '#platform/db.ts';
import type { SearchRow } from './profiles.repository.ts';
import { favorites, profiles } from './profiles.table.ts';

/** A user's favourite profiles; names come from identity's user directory view (ADR 016, "Read models"). */
export function createFavoritesRepository(db: Db) {
  const u = userDirectory(db);
  /** Favourites whose profile is still public (a private one is kept, but not shown, until it is public again). */
  const where = (userId: string) =>
    and(eq(favorites.userId, userId), sql`coalesce(${profiles.visibility}, 'public') = 'public'`);

  async function count(userId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(favorites)
      .leftJoin(profiles, eq(profiles.userId, favorites.profileUserId))
      .where(where(userId));
    return row?.n ?? 0;
  }

  return {
    /** True when it was added now, false when it already was a favourite. */
    async add(userId: string, profileUserId: string): Promise<boolean> {
      const added = await db
        .insert(favorites)
        .values({ userId, profileUserId })
        .onConflictDoNothing()
        .returning({ userId: favorites.userId });
      return added.length > 0;
    },

    async remove(userId: string, profileUserId: string): Promise<boolean> {
      const gone = await db
        .delete(favorites)
        .where(and(eq(favorites.userId, userId), eq(favorites.profileUserId, profileUserId)))
        .returning({ userId: favorites.userId });
      return gone.length > 0;
    },

    async has(userId: string, profileUserId: string): Promise<boolean> {
      const [row] = await db
        .select({ userId: favorites.userId })
        .from(favorites)
        .where(and(eq(favorites.userId, userId), eq(favorites.profileUserId, profileUserId)));
      return row !== undefined;
    },

    /** Most recently added first. */
    async list(userId: string, page: { page: number; limit: number }): Promise<{ rows: SearchRow[]; total: number }> {
      const found = await db
        .select({
          userId: u.id,
          name: u.name,
          headline: profiles.headline,
          location: profiles.location,
          total: sql<number>`count(*) over ()`.mapWith(Number),
        })
        .from(favorites)
        .innerJoin(u, eq(u.id, favorites.profileUserId))
        .leftJoin(profiles, eq(profiles.userId, favorites.profileUserId))
        .where(where(userId))
        .orderBy(desc(favorites.createdAt), u.id)
        .limit(page.limit)
        .offset((page.page - 1) * page.limit);
      const total = found[0]?.total ?? (page.page > 1 ? await count(userId) : 0);
      return { rows: found.map(({ total: _, ...row }) => ({ ...row, isFavorite: true })), total };
    },

    /** Every favourite of the user, private ones too, oldest first ("all my data" export, ADR 010). */
    async exportRows(userId: string) {
      return db
        .select({ profileUserId: favorites.profileUserId, createdAt: favorites.createdAt })
        .from(favorites)
        .where(eq(favorites.userId, userId))
        .orderBy(asc(favorites.createdAt));
    },
  };
}

export type FavoritesRepository = ReturnType<typeof createFavoritesRepository>;
