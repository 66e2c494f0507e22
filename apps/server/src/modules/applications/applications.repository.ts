import type { ApplicationSortField, ApplicationStatus } from '@jobpilot/contracts';
import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '#platform/db.ts';
import {
  type ApplicationRow,
  applicationStatusHistory,
  applications,
  type NewApplicationRow,
  type StatusChangeRow,
} from './applications.table.ts';

export interface ListFilter {
  statuses: ApplicationStatus[];
  q?: string | undefined;
  sort: { field: ApplicationSortField; desc: boolean };
  page: number;
  limit: number;
}

export type ApplicationValues = Omit<NewApplicationRow, 'id' | 'userId' | 'createdAt' | 'updatedAt'>;
export type ApplicationPatch = Partial<ApplicationValues>;

const sortColumns = {
  createdAt: applications.createdAt,
  updatedAt: applications.updatedAt,
  appliedAt: applications.appliedAt,
  company: applications.company,
  position: applications.position,
  status: applications.status,
} as const;

/** `%`, `_` and `\` match themselves in a search. */
const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const wordsOf = (q: string | undefined) => (q ?? '').split(/\s+/).filter(Boolean);

function whereOf(userId: string, f: Pick<ListFilter, 'statuses' | 'q'>): SQL | undefined {
  return and(
    eq(applications.userId, userId),
    f.statuses.length > 0 ? inArray(applications.status, f.statuses) : undefined,
    ...wordsOf(f.q).map((w) =>
      or(ilike(applications.position, likePattern(w)), ilike(applications.company, likePattern(w))),
    ),
  );
}

/** The same condition with placeholders (`userId`, `s0`…, `w0`…), for a statement prepared once per shape. */
function wherePlaceholders(statuses: number, words: number): SQL | undefined {
  const p = (name: string) => sql.placeholder(name);
  const word = (i: number) => or(ilike(applications.position, p(`w${i}`)), ilike(applications.company, p(`w${i}`)));
  return and(
    eq(applications.userId, p('userId')),
    statuses > 0
      ? inArray(
          applications.status,
          Array.from({ length: statuses }, (_, i) => p(`s${i}`)),
        )
      : undefined,
    ...Array.from({ length: words }, (_, i) => word(i)),
  );
}

/** Shapes (status count, word count) prepared once; a longer filter is built for its request alone. */
const PREPARED_MAX = { statuses: 7, words: 4 };

/** The board's order within a column (ADR 024), the expression list of `applications_user_board_idx`. */
function boardOrder(desc = false): SQL[] {
  if (desc) {
    return [
      sql`${applications.boardPosition} desc nulls last`,
      sql`${applications.updatedAt} asc nulls first`,
      sql`${applications.id} asc nulls first`,
    ];
  }
  return [
    sql`${applications.boardPosition} asc nulls first`,
    sql`${applications.updatedAt} desc nulls last`,
    sql`${applications.id} desc nulls last`,
  ];
}

function orderOf(sort: ListFilter['sort']): SQL[] {
  if (sort.field === 'board') return boardOrder(sort.desc);
  const column = sortColumns[sort.field];
  const text = sort.field === 'company' || sort.field === 'position';
  const key = text ? sql`lower(${column})` : sql`${column}`;
  // Only applied_at can be null (kept last both ways); the other keys are NOT NULL, and a plain asc/desc lets
  // one (user_id, key, id) index serve both directions (drizzle/0007_list_indexes.sql).
  const nulls = sort.field === 'appliedAt' ? sql` nulls last` : sql``;
  const dir = sort.desc ? sql`desc${nulls}` : sql`asc${nulls}`;
  return [sql`${key} ${dir}`, sort.desc ? desc(applications.id) : asc(applications.id)];
}

/**
 * When the first status was reached. Usually the moment the row is created; but an application entered (or
 * imported) with an earlier applied date reached its status no later than that day, and follow-up nudges and
 * funnel timings must see that day, not the day it was typed in (ADR 005).
 */
export function firstStatusAt(row: Pick<ApplicationRow, 'status' | 'appliedAt' | 'createdAt'>): Date {
  if (row.status === 'saved' || !row.appliedAt) return row.createdAt;
  const appliedDay = new Date(`${row.appliedAt}T00:00:00Z`);
  const createdDay = new Date(`${row.createdAt.toISOString().slice(0, 10)}T00:00:00Z`);
  return appliedDay < createdDay ? appliedDay : row.createdAt;
}

/** Every query of applications, always scoped by the owner. */
export function createApplicationsRepository(db: Db) {
  async function find(userId: string, id: string): Promise<ApplicationRow | undefined> {
    const [row] = await db
      .select()
      .from(applications)
      .where(and(eq(applications.id, id), eq(applications.userId, userId)));
    return row;
  }

  function pageQuery(where: SQL | undefined, sort: ListFilter['sort']) {
    const total = sql<number>`(select count(*) from ${applications} where ${where})`.mapWith(Number);
    return db
      .select({ row: applications, total })
      .from(applications)
      .where(where)
      .orderBy(...orderOf(sort));
  }

  const statements = new Map<string, ReturnType<typeof prepare>>();
  function prepare(name: string, statuses: number, words: number, sort: ListFilter['sort']) {
    return pageQuery(wherePlaceholders(statuses, words), sort)
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(name);
  }
  function prepared(statuses: number, words: number, sort: ListFilter['sort']) {
    const name = `applications_list_${sort.field}_${sort.desc ? 'desc' : 'asc'}_${statuses}_${words}`;
    let statement = statements.get(name);
    if (!statement) {
      statement = prepare(name, statuses, words, sort);
      statements.set(name, statement);
    }
    return statement;
  }

  return {
    find,

    /**
     * One query for the page and the total: the count is a scalar subquery (cheaper than a window count,
     * which would read every matching row). A page past the end has no row to carry it, so it costs a second.
     * Each shape of filter and sort is built once and sent as a named statement, which PostgreSQL parses and
     * plans once per connection (ADR 021).
     */
    async list(userId: string, f: ListFilter): Promise<{ rows: ApplicationRow[]; total: number }> {
      const words = wordsOf(f.q);
      const found =
        f.statuses.length <= PREPARED_MAX.statuses && words.length <= PREPARED_MAX.words
          ? await prepared(f.statuses.length, words.length, f.sort).execute({
              userId,
              limit: f.limit,
              offset: (f.page - 1) * f.limit,
              ...Object.fromEntries(f.statuses.map((s, i) => [`s${i}`, s])),
              ...Object.fromEntries(words.map((w, i) => [`w${i}`, likePattern(w)])),
            })
          : await pageQuery(whereOf(userId, f), f.sort)
              .limit(f.limit)
              .offset((f.page - 1) * f.limit);
      if (found.length > 0 || f.page === 1) return { rows: found.map((r) => r.row), total: found[0]?.total ?? 0 };
      return { rows: [], total: await db.$count(applications, whereOf(userId, f)) };
    },

    /** Inserts the application and its first history entry together. */
    async create(userId: string, values: ApplicationValues): Promise<ApplicationRow> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(applications)
          .values({ ...values, userId })
          .returning();
        if (!row) throw new Error('insert returned no row');
        await tx
          .insert(applicationStatusHistory)
          .values({ applicationId: row.id, fromStatus: null, toStatus: row.status, changedAt: firstStatusAt(row) });
        return row;
      });
    },

    /**
     * Locks the row, lets `decide` compute the patch from the current values, writes it and, when the
     * status moved, the history entry. Undefined when the row is not the user's.
     */
    async update(
      userId: string,
      id: string,
      decide: (current: ApplicationRow) => ApplicationPatch,
    ): Promise<ApplicationRow | undefined> {
      return db.transaction(async (tx) => {
        const [current] = await tx
          .select()
          .from(applications)
          .where(and(eq(applications.id, id), eq(applications.userId, userId)))
          .for('update');
        if (!current) return undefined;
        const patch = decide(current);
        // A card that changes column goes to the top of its new one (ADR 024).
        const moved = patch.status !== undefined && patch.status !== current.status;
        const [row] = await tx
          .update(applications)
          .set({ ...patch, ...(moved ? { boardPosition: null } : {}), updatedAt: sql`now()` })
          .where(eq(applications.id, id))
          .returning();
        if (!row) return undefined;
        if (row.status !== current.status) {
          await tx
            .insert(applicationStatusHistory)
            .values({ applicationId: id, fromStatus: current.status, toStatus: row.status, changedAt: row.updatedAt });
        }
        return row;
      });
    },

    /**
     * Places a card after `afterId` in its board column (first when null) and numbers the column 0…n-1 in its
     * new order: one locked read of the column and one update of the rows whose place changed, so O(column).
     * Locking the column's rows makes concurrent moves in it wait for each other. Undefined when the card is
     * not the user's; `'not-in-column'` when `afterId` is not another card of the same column.
     */
    async move(
      userId: string,
      id: string,
      afterId: string | null,
    ): Promise<ApplicationRow | undefined | 'not-in-column'> {
      return db.transaction(async (tx) => {
        const [card] = await tx
          .select({ status: applications.status })
          .from(applications)
          .where(and(eq(applications.id, id), eq(applications.userId, userId)));
        if (!card) return undefined;
        const column = await tx
          .select({ id: applications.id, position: applications.boardPosition })
          .from(applications)
          .where(and(eq(applications.userId, userId), eq(applications.status, card.status)))
          .orderBy(...boardOrder())
          .for('update');
        const others = column.filter((c) => c.id !== id);
        const at = afterId === null ? 0 : others.findIndex((c) => c.id === afterId) + 1;
        if (at === 0 && afterId !== null) return 'not-in-column';
        const order = [...others.slice(0, at).map((c) => c.id), id, ...others.slice(at).map((c) => c.id)];
        const before = new Map(column.map((c) => [c.id, c.position]));
        const changed = order.flatMap((cardId, position) =>
          before.get(cardId) === position ? [] : [{ cardId, position }],
        );
        if (changed.length > 0) {
          const values = sql.join(
            changed.map((c) => sql`(${c.cardId}::uuid, ${c.position}::int)`),
            sql`, `,
          );
          await tx.execute(
            sql`update ${applications} set board_position = v.position
                from (values ${values}) as v(id, position)
                where ${applications.id} = v.id and ${applications.userId} = ${userId}`,
          );
        }
        const [row] = await tx.select().from(applications).where(eq(applications.id, id));
        return row;
      });
    },

    async delete(userId: string, id: string): Promise<boolean> {
      const gone = await db
        .delete(applications)
        .where(and(eq(applications.id, id), eq(applications.userId, userId)))
        .returning({ id: applications.id });
      return gone.length > 0;
    },

    /** Oldest first; undefined when the application is not the user's. */
    async history(userId: string, id: string): Promise<StatusChangeRow[] | undefined> {
      if (!(await find(userId, id))) return undefined;
      return db
        .select()
        .from(applicationStatusHistory)
        .where(eq(applicationStatusHistory.applicationId, id))
        .orderBy(asc(applicationStatusHistory.changedAt), asc(applicationStatusHistory.id));
    },

    /**
     * For follow-up nudges, across users (or one): applications still in `applied` whose last move to
     * `applied` happened in [since, before]; `appliedSince` is that moment.
     */
    async staleApplied(window: { since: Date; before: Date; userId?: string | undefined }) {
      // Qualified by hand: Drizzle leaves columns unqualified in a one-table select.
      const appliedSince = sql<Date>`(select max(h.changed_at) from ${applicationStatusHistory} h
        where h.application_id = ${applications}.id and h.to_status = 'applied')`.mapWith(applications.createdAt);
      const rows = await db
        .select({
          id: applications.id,
          userId: applications.userId,
          company: applications.company,
          position: applications.position,
          appliedSince,
        })
        .from(applications)
        .where(
          and(
            eq(applications.status, 'applied'),
            window.userId ? eq(applications.userId, window.userId) : undefined,
            sql`${appliedSince} between ${window.since.toISOString()} and ${window.before.toISOString()}`,
          ),
        );
      return rows;
    },

    /** Every application matching the filter, in the list's order, without paging (CSV export). */
    async listAll(userId: string, f: Pick<ListFilter, 'statuses' | 'q' | 'sort'>): Promise<ApplicationRow[]> {
      return db
        .select()
        .from(applications)
        .where(whereOf(userId, f))
        .orderBy(...orderOf(f.sort));
    },

    /**
     * Inserts many applications and the first history entry of each in one transaction (CSV import):
     * all of them or none. Chunked to stay below PostgreSQL's 65,535 bind parameters per statement.
     */
    async createMany(userId: string, values: ApplicationValues[]): Promise<number> {
      const CHUNK = 500;
      return db.transaction(async (tx) => {
        let created = 0;
        for (let start = 0; start < values.length; start += CHUNK) {
          const rows = await tx
            .insert(applications)
            .values(values.slice(start, start + CHUNK).map((v) => ({ ...v, userId })))
            .returning({
              id: applications.id,
              status: applications.status,
              appliedAt: applications.appliedAt,
              createdAt: applications.createdAt,
            });
          await tx.insert(applicationStatusHistory).values(
            rows.map((r) => ({
              applicationId: r.id,
              fromStatus: null,
              toStatus: r.status,
              changedAt: firstStatusAt(r),
            })),
          );
          created += rows.length;
        }
        return created;
      });
    },

    /** The status history of all the user's applications, oldest first ("all my data" export, ADR 010). */
    async exportHistory(userId: string) {
      return db
        .select({
          id: applicationStatusHistory.id,
          applicationId: applicationStatusHistory.applicationId,
          fromStatus: applicationStatusHistory.fromStatus,
          toStatus: applicationStatusHistory.toStatus,
          changedAt: applicationStatusHistory.changedAt,
        })
        .from(applicationStatusHistory)
        .innerJoin(applications, eq(applications.id, applicationStatusHistory.applicationId))
        .where(eq(applications.userId, userId))
        .orderBy(asc(applicationStatusHistory.changedAt), asc(applicationStatusHistory.id));
    },
  };
}

export type ApplicationsRepository = ReturnType<typeof createApplicationsRepository>;
