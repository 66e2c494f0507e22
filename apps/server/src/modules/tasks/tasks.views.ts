import type { Db } from '#platform/db.ts';
import { applicationTasks } from './tasks.table.ts';

/**
 * Follow-up tasks for other modules' read models (the dashboard, an application's workspace), aliased `t`: a Drizzle subquery PostgreSQL
 * inlines, so the task indexes still serve it (ADR 016, "Read models").
 */
export function taskFacts(db: Db) {
  return db
    .select({
      id: applicationTasks.id,
      userId: applicationTasks.userId,
      applicationId: applicationTasks.applicationId,
      title: applicationTasks.title,
      dueAt: applicationTasks.dueAt,
      doneAt: applicationTasks.doneAt,
      createdAt: applicationTasks.createdAt,
    })
    .from(applicationTasks)
    .as('t');
}

export type TaskFacts = ReturnType<typeof taskFacts>;
