import type { ProfileVisibility } from '@jobpilot/contracts';
import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { users } from '#modules/identity/identity.table.ts';
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

const record = {
  userId: users.id,
  name: users.name,
  email: users.email,
  headline: profiles.headline,
  phone: profiles.phone,
  location: profiles.location,
  skills: sql<string[]>`coalesce(${profiles.skills}, '{}')`,
  links: sql<string[]>`coalesce(${profiles.links}, '{}')`,
  visibility: sql<ProfileVisibility>`coalesce(${profiles.visibility}, 'public')`,
  showEmail: sql<boolean>`coalesce(${profiles.showEmail}, false)`,
  showPhone: sql<boolean>`coalesce(${profiles.showPhone}, false)`,
  resumeFileId: profiles.resumeFileId,
};

/** Public profiles, and always the viewer's own. */
const visibleTo = (viewerId: string): SQL =>
  or(sql`coalesce(${profiles.visibility}, 'public') = 'public'`, eq(users.id, viewerId)) as SQL;

/** `%`, `_` and `\` match themselves. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Profiles and the user directory they sit on (users.name, users.email are read here, never written elsewhere). */
export function createProfilesRepository(db: Db) {
  async function find(userId: string): Promise<ProfileRecord | undefined> {
    const [row] = await db
      .select(record)
      .from(users)
      .leftJoin(profiles, eq(profiles.userId, users.id))
      .where(eq(users.id, userId));
    return row;
  }

  return {
    find,

    /** The user's profile when `viewerId` may see it: public, or their own. */
    async findVisible(viewerId: string, userId: string): Promise<ProfileRecord | undefined> {
      const [row] = await db
        .select(record)
        .from(users)
        .leftJoin(profiles, eq(profiles.userId, users.id))
        .where(and(eq(users.id, userId), visibleTo(viewerId)));
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
          ? sql`(${users.name} % ${q} or ${q} <% ${users.name} or ${users.name} ilike ${likePattern(q)})`
          : undefined;
        const order = q
          ? [sql`greatest(similarity(${users.name}, ${q}), word_similarity(${q}, ${users.name})) desc`]
          : [];
        const found = await tx
          .select({
            userId: users.id,
            name: users.name,
            headline: profiles.headline,
            location: profiles.location,
            isFavorite: sql<boolean>`${favorites.userId} is not null`,
            total: sql<number>`count(*) over ()`.mapWith(Number),
          })
          .from(users)
          .leftJoin(profiles, eq(profiles.userId, users.id))
          .leftJoin(favorites, and(eq(favorites.userId, viewerId), eq(favorites.profileUserId, users.id)))
          .where(and(visibleTo(viewerId), matches))
          .orderBy(...order, sql`lower(${users.name})`, users.id)
          .limit(f.limit)
          .offset((f.page - 1) * f.limit);
        const total = found[0]?.total ?? (f.page > 1 ? await countVisible(tx, viewerId, matches) : 0);
        return { rows: found.map(({ total: _, ...row }) => row), total };
      });
    },

    /** Account ids by (lower-case) email address; only addresses their owner has verified count. */
    async userIdsByEmail(emails: string[]): Promise<Map<string, string>> {
      if (emails.length === 0) return new Map();
      const rows = await db
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(and(inArray(users.email, emails), eq(users.emailVerified, true)));
      return new Map(rows.map((r) => [r.email.toLowerCase(), r.id]));
    },

    async existingUserIds(ids: string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db.select({ id: users.id }).from(users).where(inArray(users.id, ids));
      return new Set(rows.map((r) => r.id));
    },

    /** Name and visibility of several users at once (for the contacts that are them). */
    async summaries(ids: string[]): Promise<{ userId: string; name: string; visibility: ProfileVisibility }[]> {
      if (ids.length === 0) return [];
      return db
        .select({ userId: users.id, name: users.name, visibility: record.visibility })
        .from(users)
        .leftJoin(profiles, eq(profiles.userId, users.id))
        .where(inArray(users.id, ids));
    },
  };
}

async function countVisible(db: Pick<Db, 'select'>, viewerId: string, matches: SQL | undefined): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(users)
    .leftJoin(profiles, eq(profiles.userId, users.id))
    .where(and(visibleTo(viewerId), matches));
  return row?.n ?? 0;
}

export type ProfilesRepository = ReturnType<typeof createProfilesRepository>;
