import type { ProfileVisibility } from '@jobpilot/contracts';
import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type UserDirectory, userDirectory } from '#modules/identity/index.ts';
import type { Db } from '#platform/db.ts';
import { favorites, profiles } from './profiles.table.ts';

export type ProfileRow = typeof profiles.$inferSelect;

/** A user with their profile; a user who never saved one has the defaults (public, empty, email and phone hidden). */
export interface ProfileRecord {
  userId: string;
  name: string;
  email: string;
  headline: string | null;
  phone: string | null;
  location: string | null;
  skills: string[];
  links: string[];
  visibility: ProfileVisibility;
  showEmail: boolean;
  showPhone: boolean;
  resumeFileId: string | null;
}

export interface ProfileValues {
  headline: string | null;
  phone: string | null;
  location: string | null;
  skills: string[];
  links: string[];
  visibility: ProfileVisibility;
  showEmail: boolean;
  showPhone: boolean;
}

export interface SearchRow {
  userId: string;
  name: string;
  headline: string | null;
  location: string | null;
  isFavorite: boolean;
}

/** Typo tolerance of the people search (ADR 006): whole-name similarity, and a query word inside a name. */
export const NAME_SIMILARITY = 0.3;
export const WORD_SIMILARITY = 0.5;

/** A profile row over the user directory `u` (identity's view; a missing profile reads as the defaults). */
const recordOf = (u: UserDirectory) => ({
  userId: u.id,
  name: u.name,
  email: u.email,
  headline: profiles.headline,
  phone: profiles.phone,
  location: profiles.location,
  skills: sql<string[]>`coalesce(${profiles.skills}, '{}')`,
  links: sql<string[]>`coalesce(${profiles.links}, '{}')`,
  visibility: sql<ProfileVisibility>`coalesce(${profiles.visibility}, 'public')`,
  showEmail: sql<boolean>`coalesce(${profiles.showEmail}, false)`,
  showPhone: sql<boolean>`coalesce(${profiles.showPhone}, false)`,
  resumeFileId: profiles.resumeFileId,
});

/** Public profiles, and always the viewer's own. */
const visibleTo = (u: UserDirectory, viewerId: string): SQL =>
  or(sql`coalesce(${profiles.visibility}, 'public') = 'public'`, eq(u.id, viewerId)) as SQL;

/** `%`, `_` and `\` match themselves. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Profiles, over the user directory identity exports (`userDirectory`: id, name, email, whether it is verified;
 * ADR 016, "Read models"). The name is written through identity's `rename`, never here.
 */
export function createProfilesRepository(db: Db) {
  const u = userDirectory(db);
  const record = recordOf(u);

  async function find(userId: string): Promise<ProfileRecord | undefined> {
    const [row] = await db.select(record).from(u).leftJoin(profiles, eq(profiles.userId, u.id)).where(eq(u.id, userId));
    return row;
  }

  return {
    find,

    /** The user's profile when `viewerId` may see it: public, or their own. */
    async findVisible(viewerId: string, userId: string): Promise<ProfileRecord | undefined> {
      const [row] = await db
        .select(record)
        .from(u)
        .leftJoin(profiles, eq(profiles.userId, u.id))
        .where(and(eq(u.id, userId), visibleTo(u, viewerId)));
      return row;
    },

    /** Writes the profile, and in the same transaction whatever `alongside` writes (the name, on the account). */
    async save(userId: string, values: ProfileValues, alongside: (tx: Db) => Promise<void>): Promise<void> {
      await db.transaction(async (tx) => {
        await alongside(tx);
        await tx
          .insert(profiles)
          .values({ userId, ...values })
          .onConflictDoUpdate({ target: profiles.userId, set: { ...values, updatedAt: sql`now()` } });
      });
    },

    /** Points the profile at a new résumé file (or none) and returns the one it replaced. */
    async setResume(userId: string, fileId: string | null): Promise<string | null> {
      return db.transaction(async (tx) => {
        const [current] = await tx
          .select({ resumeFileId: profiles.resumeFileId })
          .from(profiles)
          .where(eq(profiles.userId, userId))
          .for('update');
        await tx
          .insert(profiles)
          .values({ userId, resumeFileId: fileId })
          .onConflictDoUpdate({ target: profiles.userId, set: { resumeFileId: fileId, updatedAt: sql`now()` } });
        return current?.resumeFileId ?? null;
      });
    },

    /**
     * People by name, typo-tolerant (pg_trgm, thresholds set for this transaction only so the trigram
     * index serves `%` and `<%`), best match first; without `q` everyone visible, by name.
     */
    async search(
      viewerId: string,
      f: { q?: string | undefined; page: number; limit: number },
    ): Promise<{ rows: SearchRow[]; total: number }> {
      const q = f.q?.trim() ?? '';
      return db.transaction(async (tx) => {
        await tx.execute(
          sql`select set_config('pg_trgm.similarity_threshold', ${String(NAME_SIMILARITY)}, true),
                     set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY)}, true)`,
        );
        const matches = q
          ? sql`(${u.name} % ${q} or ${q} <% ${u.name} or ${u.name} ilike ${likePattern(q)})`
          : undefined;
        const order = q ? [sql`greatest(similarity(${u.name}, ${q}), word_similarity(${q}, ${u.name})) desc`] : [];
        const found = await tx
          .select({
            userId: u.id,
            name: u.name,
            headline: profiles.headline,
            location: profiles.location,
            isFavorite: sql<boolean>`${favorites.userId} is not null`,
            total: sql<number>`count(*) over ()`.mapWith(Number),
          })
          .from(u)
          .leftJoin(profiles, eq(profiles.userId, u.id))
          .leftJoin(favorites, and(eq(favorites.userId, viewerId), eq(favorites.profileUserId, u.id)))
          .where(and(visibleTo(u, viewerId), matches))
          .orderBy(...order, sql`lower(${u.name})`, u.id)
          .limit(f.limit)
          .offset((f.page - 1) * f.limit);
        const total = found[0]?.total ?? (f.page > 1 ? await countVisible(tx, u, viewerId, matches) : 0);
        return { rows: found.map(({ total: _, ...row }) => row), total };
      });
    },

    /** Account ids by (lower-case) email address; only addresses their owner has verified count. */
    async userIdsByEmail(emails: string[]): Promise<Map<string, string>> {
      if (emails.length === 0) return new Map();
      const rows = await db
        .select({ id: u.id, email: u.email })
        .from(u)
        .where(and(inArray(u.email, emails), eq(u.emailVerified, true)));
      return new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
    },

    async existingUserIds(ids: string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db.select({ id: u.id }).from(u).where(inArray(u.id, ids));
      return new Set(rows.map((r) => r.id));
    },

    /** Name and visibility of several users at once (for the contacts that are them). */
    async summaries(ids: string[]): Promise<{ userId: string; name: string; visibility: ProfileVisibility }[]> {
      if (ids.length === 0) return [];
      return db
        .select({ userId: u.id, name: u.name, visibility: record.visibility })
        .from(u)
        .leftJoin(profiles, eq(profiles.userId, u.id))
        .where(inArray(u.id, ids));
    },

    /** The user's own profile row for the "all my data" export (ADR 010); undefined when never saved. */
    async exportProfile(userId: string) {
      const [row] = await db
        .select({
          headline: profiles.headline,
          phone: profiles.phone,
          location: profiles.location,
          skills: profiles.skills,
          links: profiles.links,
          visibility: profiles.visibility,
          resumeFileId: profiles.resumeFileId,
          updatedAt: profiles.updatedAt,
        })
        .from(profiles)
        .where(eq(profiles.userId, userId));
      return row;
    },
  };
}

async function countVisible(
  db: Pick<Db, 'select'>,
  u: UserDirectory,
  viewerId: string,
  matches: SQL | undefined,
): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(u)
    .leftJoin(profiles, eq(profiles.userId, u.id))
    .where(and(visibleTo(u, viewerId), matches));
  return row?.n ?? 0;
}

export type ProfilesRepository = ReturnType<typeof createProfilesRepository>;
