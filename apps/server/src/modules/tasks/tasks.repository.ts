import type { TaskDueFilter } from '@jobpilot/contracts';
import { and, asc, eq, gt, gte, isNotNull, isNull, lt, lte, type SQL, sql } from 'drizzle-orm';
import { applicationFacts } from '#modules/applications/index.ts';
import { applicationTasks, type TaskRow } from '#modules/tasks/tasks.table.ts';
import { type Db, transactional } from '#platform/db.ts';

export type TaskWithApplication = TaskRow & { company: string; position: string };
export type TaskValues = Pick<typeof applicationTasks.$inferInsert, 'title' | 'dueAt' | 'doneAt'>;

export interface TaskFilter {
  due: TaskDueFilter;
  done?: boolean | undefined;
  now: Date;
  page: number;
  limit: number;
}

/**
 * Every query of application tasks, scoped by the owner. Their company and position come along by a join to
 * the applications module's view of its rows (`applicationFacts`, ADR 016 "Read models").
 */
export function createTasksRepository(db: Db) {
  return { ...queries(db), transaction: transactional(db, queries) };
}

function queries(db: Db) {
  const application = applicationFacts(db);
  const withApplication = () =>
    db
      .select({ task: applicationTasks, company: application.company, position: application.position })
      .from(applicationTasks)
      .innerJoin(application, eq(application.id, applicationTasks.applicationId));
  const flat = (r: { task: TaskRow; company: string; position: string }): TaskWithApplication => ({
    ...r.task,
    company: r.company,
    position: r.position,
  });
  /** Due first (soonest first), undated last, then oldest first. */
  const order = [
    sql`${applicationTasks.dueAt} asc nulls last`,
    asc(applicationTasks.createdAt),
    asc(applicationTasks.id),
  ];

  async function page(where: SQL | undefined, p: { page: number; limit: number }) {
    const [rows, total] = await Promise.all([
      withApplication()
        .where(where)
        .orderBy(...order)
        .limit(p.limit)
        .offset((p.page - 1) * p.limit),
      db.$count(applicationTasks, where),
    ]);
    return { rows: rows.map(flat), total };
  }

  async function find(userId: string, applicationId: string, id: string) {
    const [row] = await withApplication().where(
      and(
        eq(applicationTasks.id, id),
        eq(applicationTasks.applicationId, applicationId),
        eq(applicationTasks.userId, userId),
      ),
    );
    return row ? flat(row) : undefined;
  }

  return {
    find,

    async list(userId: string, f: TaskFilter) {
      const where = and(
        eq(applicationTasks.userId, userId),
        f.due === 'upcoming' ? gte(applicationTasks.dueAt, f.now) : undefined,
        f.due === 'overdue' ? lt(applicationTasks.dueAt, f.now) : undefined,
        f.done === undefined
          ? undefined
          : f.done
            ? isNotNull(applicationTasks.doneAt)
            : isNull(applicationTasks.doneAt),
      );
      return page(where, f);
    },

    async listForApplication(userId: string, applicationId: string, p: { page: number; limit: number }) {
      return page(and(eq(applicationTasks.userId, userId), eq(applicationTasks.applicationId, applicationId)), p);
    },

    async create(userId: string, applicationId: string, values: TaskValues) {
      const [row] = await db
        .insert(applicationTasks)
        .values({ ...values, userId, applicationId })
        .returning({ id: applicationTasks.id });
      if (!row) throw new Error('insert returned no row');
      const created = await find(userId, applicationId, row.id);
      if (!created) throw new Error('created task not found');
      return created;
    },

    async update(userId: string, applicationId: string, id: string, patch: Partial<TaskValues>) {
      const [row] = await db
        .update(applicationTasks)
        .set({ ...patch, updatedAt: sql`now()` })
        .where(
          and(
            eq(applicationTasks.id, id),
            eq(applicationTasks.applicationId, applicationId),
            eq(applicationTasks.userId, userId),
          ),
        )
        .returning({ id: applicationTasks.id });
      return row ? find(userId, applicationId, row.id) : undefined;
    },

    async delete(userId: string, applicationId: string, id: string): Promise<boolean> {
      const gone = await db
        .delete(applicationTasks)
        .where(
          and(
            eq(applicationTasks.id, id),
            eq(applicationTasks.applicationId, applicationId),
            eq(applicationTasks.userId, userId),
          ),
        )
        .returning({ id: applicationTasks.id });
      return gone.length > 0;
    },

    /** Open tasks with a due date, for the calendar export. */
    async openWithDueDate(userId: string) {
      const rows = await withApplication()
        .where(
          and(eq(applicationTasks.userId, userId), isNotNull(applicationTasks.dueAt), isNull(applicationTasks.doneAt)),
        )
        .orderBy(...order);
      return rows.map(flat);
    },

    /** For reminders, across users (or one): open tasks falling due in (after, until]. */
    async dueBetweenForReminders(after: Date, until: Date, userId?: string) {
      const rows = await withApplication().where(
        and(
          gt(applicationTasks.dueAt, after),
          lte(applicationTasks.dueAt, until),
          isNull(applicationTasks.doneAt),
          userId ? eq(applicationTasks.userId, userId) : undefined,
        ),
      );
      return rows.map(flat);
    },

    /** The user's tasks, oldest first, for the "all my data" export (ADR 010). */
    async exportRows(userId: string) {
      return db
        .select({
          id: applicationTasks.id,
          applicationId: applicationTasks.applicationId,
          title: applicationTasks.title,
          dueAt: applicationTasks.dueAt,
          doneAt: applicationTasks.doneAt,
          createdAt: applicationTasks.createdAt,
          updatedAt: applicationTasks.updatedAt,
        })
        .from(applicationTasks)
        .where(eq(applicationTasks.userId, userId))
        .orderBy(asc(applicationTasks.createdAt), asc(applicationTasks.id));
    },
  };
}

export type TasksRepository = ReturnType<typeof createTasksRepository>;
