import type { ApplicationSortField, ApplicationStatus, ApplicationTag } from '@jobpilot/contracts';
import { and, asc, desc, eq, gte, ilike, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '#platform/db.ts';
import {
  type ApplicationRow,
  applicationStatusHistory,
  applications,
  type NewApplicationRow,
  type StatusChangeRow,
  salaryKeyOf,
  searchTextOf,
} from './applications.table.ts';
import { applicationTags, tags } from './tags.table.ts';

export interface ListFilter {
  statuses: ApplicationStatus[];
  q?: string | undefined;
  /** The filters beyond status and search (ADR 027). */
  location?: string | undefined;
  source?: string | undefined;
  salaryMin?: number | undefined;
  salaryMax?: number | undefined;
  currency?: string | undefined;
  appliedFrom?: string | undefined;
  appliedTo?: string | undefined;
  tagIds?: string[] | undefined;
  sort: { field: ApplicationSortField; desc: boolean };
  page: number;
  limit: number;
}
type Conditions = Omit<ListFilter, 'sort' | 'page' | 'limit'>;

export type ApplicationValues = Omit<NewApplicationRow, 'id' | 'userId' | 'createdAt' | 'updatedAt'>;
export type ApplicationPatch = Partial<ApplicationValues>;
export type ListedApplication = ApplicationRow & { tags: ApplicationTag[] };

const sortColumns = {
  createdAt: applications.createdAt,
  updatedAt: applications.updatedAt,
  appliedAt: applications.appliedAt,
  company: applications.company,
  position: applications.position,
  status: applications.status,
} as const;

const searchText = searchTextOf(applications);
const salaryKey = salaryKeyOf(applications);

/** `%`, `_` and `\` match themselves in a search. */
const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const wordsOf = (q: string | undefined) => (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);

/**
 * A search word matches when it is close to a word of the searched text (`<%`, pg_trgm's word similarity, at its
 * default 0.6: "enginer" finds "Engineer") or appears inside it; the trigram index serves both (ADR 027). Ranking
 * uses the strict (whole-word) similarity, so "enginer" puts "Engineer" before "Engineering".
 */
const wordMatches = (word: SQL | string, pattern: SQL | string) =>
  sql`(${word} <% ${searchText} or ${searchText} like ${pattern})`;
const relevanceOf = (words: (SQL | string)[]) =>
  sql.join(
    words.map((w) => sql`strict_word_similarity(${w}, ${searchText})`),
    sql` + `,
  );

/** The filters past status and search; an application without a salary never matches a salary bound. */
function extraConditions(f: Conditions): (SQL | undefined)[] {
  const tagIds = f.tagIds ?? [];
  return [
    f.location ? ilike(applications.location, likePattern(f.location)) : undefined,
    f.source ? ilike(applications.source, likePattern(f.source)) : undefined,
    f.salaryMin !== undefined ? sql`${salaryKey} >= ${f.salaryMin}` : undefined,
    f.salaryMax !== undefined
      ? sql`coalesce(${applications.salaryMin}, ${applications.salaryMax}) <= ${f.salaryMax}`
      : undefined,
    f.currency ? eq(applications.salaryCurrency, f.currency) : undefined,
    f.appliedFrom ? gte(applications.appliedAt, f.appliedFrom) : undefined,
    f.appliedTo ? lte(applications.appliedAt, f.appliedTo) : undefined,
    // Qualified by hand: Drizzle leaves columns unqualified in a one-table select.
    tagIds.length > 0
      ? sql`exists (select 1 from ${applicationTags} where ${applicationTags.applicationId} = ${applications}.id and ${inArray(applicationTags.tagId, tagIds)})`
      : undefined,
  ];
}
const hasExtras = (f: Conditions) => extraConditions(f).some(Boolean);

function whereOf(userId: string, f: Conditions): SQL | undefined {
  return and(
    eq(applications.userId, userId),
    f.statuses.length > 0 ? inArray(applications.status, f.statuses) : undefined,
    ...wordsOf(f.q).map((w) => wordMatches(w, likePattern(w))),
    ...extraConditions(f),
  );
}

/** The same condition with placeholders (`userId`, `s0`…, `w0`…/`l0`…), for a statement prepared once per shape. */
function wherePlaceholders(statuses: number, words: number): SQL | undefined {
  const p = (name: string) => sql.placeholder(name);
  return and(
    eq(applications.userId, p('userId')),
    statuses > 0
      ? inArray(
          applications.status,
          Array.from({ length: statuses }, (_, i) => p(`s${i}`)),
        )
      : undefined,
    ...Array.from({ length: words }, (_, i) => wordMatches(sql`${p(`w${i}`)}::text`, sql`${p(`l${i}`)}`)),
  );
}

/** Shapes (status count, word count) prepared once; a longer filter, or any other filter, is built per request. */
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

/** `words` are the search words (or their placeholders), for `relevance`. */
function orderOf(sort: ListFilter['sort'], words: (SQL | string)[] = []): SQL[] {
  if (sort.field === 'board') return boardOrder(sort.desc);
  if (sort.field === 'relevance') {
    const newest = [desc(applications.createdAt), desc(applications.id)];
    return words.length > 0 ? [sql`${relevanceOf(words)} desc`, ...newest] : newest;
  }
  if (sort.field === 'salary') {
    return [
      sql`${salaryKey} ${sort.desc ? sql`desc` : sql`asc`} nulls last`,
      sort.desc ? desc(applications.id) : asc(applications.id),
    ];
  }
  const column = sortColumns[sort.field];
  const text = sort.field === 'company' || sort.field === 'position';
  const key = text ? sql`lower(${column})` : sql`${column}`;
  // Only applied_at can be null (kept last both ways); the other keys are NOT NULL, and a plain asc/desc lets
  // one (user_id, key, id) index serve both directions (drizzle/0007_list_indexes.sql).
  const nulls = sort.field === 'appliedAt' ? sql` nulls last` : sql``;
  const dir = sort.desc ? sql`desc${nulls}` : sql`asc${nulls}`;
  return [sql`${key} ${dir}`, sort.desc ? desc(applications.id) : asc(applications.id)];
}

/** An application's tags, by name, as a JSON array (one index lookup per listed row). */
const tagsOfRow = sql<ApplicationTag[]>`(select coalesce(json_agg(json_build_object('id', tag.id, 'name', tag.name,
  'color', tag.color) order by lower(tag.name)), '[]'::json) from ${applicationTags} link join ${tags} tag
  on tag.id = link.tag_id where link.application_id = ${applications}.id)`;

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

  /**
   * A search reads every matching row anyway (to rank them, through the trigram index), so it counts them in the
   * same pass (a window count: 242 -> 153 ms for a word matching 4,600 of 10,000 rows on PGlite, ADR 027); a list
   * without words counts with a scalar subquery, an index-only scan (ADR 021).
   */
  function pageQuery(where: SQL | undefined, order: SQL[], searching: boolean) {
    const total = (
      searching ? sql<number>`count(*) over ()` : sql<number>`(select count(*) from ${applications} where ${where})`
    ).mapWith(Number);
    return db
      .select({ row: applications, tags: tagsOfRow, total })
      .from(applications)
      .where(where)
      .orderBy(...order);
  }

  const statements = new Map<string, ReturnType<typeof prepare>>();
  function prepare(name: string, statuses: number, words: number, sort: ListFilter['sort']) {
    const placeholders = Array.from({ length: words }, (_, i) => sql`${sql.placeholder(`w${i}`)}::text`);
    return pageQuery(wherePlaceholders(statuses, words), orderOf(sort, placeholders), words > 0)
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
    async list(userId: string, f: ListFilter): Promise<{ rows: ListedApplication[]; total: number }> {
      const words = wordsOf(f.q);
      const found =
        !hasExtras(f) && f.statuses.length <= PREPARED_MAX.statuses && words.length <= PREPARED_MAX.words
          ? await prepared(f.statuses.length, words.length, f.sort).execute({
              userId,
              limit: f.limit,
              offset: (f.page - 1) * f.limit,
              ...Object.fromEntries(f.statuses.map((s, i) => [`s${i}`, s])),
              ...Object.fromEntries(words.map((w, i) => [`w${i}`, w])),
              ...Object.fromEntries(words.map((w, i) => [`l${i}`, likePattern(w)])),
            })
          : await pageQuery(whereOf(userId, f), orderOf(f.sort, words), words.length > 0)
              .limit(f.limit)
              .offset((f.page - 1) * f.limit);
      const rows = found.map((r) => ({ ...r.row, tags: r.tags }));
      if (found.length > 0 || f.page === 1) return { rows, total: found[0]?.total ?? 0 };
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
    async listAll(userId: string, f: Omit<ListFilter, 'page' | 'limit'>): Promise<ApplicationRow[]> {
      return db
        .select()
        .from(applications)
        .where(whereOf(userId, f))
        .orderBy(...orderOf(f.sort, wordsOf(f.q)));
    },

    /**
     * Inserts many applications and the first history entry of each in one transaction (CSV import):
     * all of them or none. Chunked to stay below PostgreSQL's 65,535 bind parameters per statement.
     * Each row is created a millisecond after the one before it, so sorting by created shows the file's
     * order (one `now()` for all would leave their order to the random ids; ADR 029).
     */
    async createMany(userId: string, values: ApplicationValues[]): Promise<number> {
      const CHUNK = 500;
      const first = Date.now();
      const stamp = (index: number) => new Date(first + index);
      return db.transaction(async (tx) => {
        let created = 0;
        for (let start = 0; start < values.length; start += CHUNK) {
          const rows = await tx
            .insert(applications)
            .values(
              values
                .slice(start, start + CHUNK)
                .map((v, i) => ({ ...v, userId, createdAt: stamp(start + i), updatedAt: stamp(start + i) })),
            )
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
