import type { InterviewListOrder, InterviewType } from '@jobpilot/contracts';
import { and, asc, desc, eq, gt, gte, inArray, lt, lte, type SQL, sql } from 'drizzle-orm';
import { type Db, transactional } from '#platform/db.ts';
import { type InterviewRow, interviews } from './interviews.table.ts';

export interface InterviewFilter {
  from?: Date | undefined;
  to?: Date | undefined;
  types: InterviewType[];
  /** By start, then id: `asc` soonest first, `desc` latest first. */
  order: InterviewListOrder;
  page: number;
  limit: number;
}

export type InterviewValues = Omit<typeof interviews.$inferInsert, 'id' | 'userId' | 'createdAt' | 'updatedAt'>;
export type InterviewPatch = Partial<InterviewValues>;

/** Every query of interviews, scoped by the owner (the reminder scan says so in its name). */
export function createInterviewsRepository(db: Db) {
  return { ...queries(db), transaction: transactional(db, queries) };
}

function queries(db: Db) {
  const mine = (userId: string, id: string) => and(eq(interviews.id, id), eq(interviews.userId, userId));

  return {
    async find(userId: string, id: string): Promise<InterviewRow | undefined> {
      const [row] = await db.select().from(interviews).where(mine(userId, id));
      return row;
    },

    /**
     * Sorted by start, then id, both in `f.order`; `from` inclusive, `to` exclusive. One query for the page
     * and the total.
     */
    async list(userId: string, f: InterviewFilter): Promise<{ rows: InterviewRow[]; total: number }> {
      const where: SQL | undefined = and(
        eq(interviews.userId, userId),
        f.from ? gte(interviews.scheduledAt, f.from) : undefined,
        f.to ? lt(interviews.scheduledAt, f.to) : undefined,
        f.types.length > 0 ? inArray(interviews.type, f.types) : undefined,
      );
      const by = f.order === 'desc' ? desc : asc;
      const found = await db
        .select({
          row: interviews,
          total: sql<number>`(select count(*) from ${interviews} where ${where})`.mapWith(Number),
        })
        .from(interviews)
        .where(where)
        .orderBy(by(interviews.scheduledAt), by(interviews.id))
        .limit(f.limit)
        .offset((f.page - 1) * f.limit);
      if (found.length > 0 || f.page === 1) return { rows: found.map((r) => r.row), total: found[0]?.total ?? 0 };
      return { rows: [], total: await db.$count(interviews, where) };
    },

    /** Everything of the user's for the calendar export, oldest first. */
    async all(userId: string): Promise<InterviewRow[]> {
      return db
        .select()
        .from(interviews)
        .where(eq(interviews.userId, userId))
        .orderBy(asc(interviews.scheduledAt), asc(interviews.id));
    },

    async create(userId: string, values: InterviewValues): Promise<InterviewRow> {
      const [row] = await db
        .insert(interviews)
        .values({ ...values, userId })
        .returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    /** Locks the row, lets `decide` compute the patch from the current values and writes it. */
    async update(
      userId: string,
      id: string,
      decide: (current: InterviewRow) => InterviewPatch,
    ): Promise<InterviewRow | undefined> {
      return db.transaction(async (tx) => {
        const [current] = await tx.select().from(interviews).where(mine(userId, id)).for('update');
        if (!current) return undefined;
        const [row] = await tx
          .update(interviews)
          .set({ ...decide(current), updatedAt: sql`now()` })
          .where(eq(interviews.id, id))
          .returning();
        return row;
      });
    },

    async delete(userId: string, id: string): Promise<boolean> {
      const gone = await db.delete(interviews).where(mine(userId, id)).returning({ id: interviews.id });
      return gone.length > 0;
    },

    /** For reminders, across users (or one): interviews starting in (after, until]. */
    async startingBetweenForReminders(after: Date, until: Date, userId?: string): Promise<InterviewRow[]> {
      return db
        .select()
        .from(interviews)
        .where(
          and(
            gt(interviews.scheduledAt, after),
            lte(interviews.scheduledAt, until),
            userId ? eq(interviews.userId, userId) : undefined,
          ),
        );
    },

    /** The user's interviews by start, for the "all my data" export (ADR 010): every field the person gave. */
    async exportRows(userId: string) {
      return db
        .select({
          id: interviews.id,
          applicationId: interviews.applicationId,
          company: interviews.company,
          position: interviews.position,
          scheduledAt: interviews.scheduledAt,
          timezone: interviews.timezone,
          durationMinutes: interviews.durationMinutes,
          type: interviews.type,
          location: interviews.location,
          meetingUrl: interviews.meetingUrl,
          details: interviews.details,
          createdAt: interviews.createdAt,
          updatedAt: interviews.updatedAt,
        })
        .from(interviews)
        .where(eq(interviews.userId, userId))
        .orderBy(asc(interviews.scheduledAt), asc(interviews.id));
    },
  };
}

export type InterviewsRepository = ReturnType<typeof createInterviewsRepository>;
