import { insertApplication } from '#modules/applications/applications.factory.ts';
import { applicationTasks, type TaskRow } from '#modules/tasks/tasks.table.ts';
import type { Db } from '#platform/db.ts';

type NewTaskRow = typeof applicationTasks.$inferInsert;

/**
 * Inserts a follow-up task (open, no due date unless given). Makes its application, and the application's
 * owner, when they are not given; no reminder is scheduled (tests about reminders create tasks over HTTP).
 */
export async function insertTask(db: Db, overrides: Partial<NewTaskRow> = {}): Promise<TaskRow> {
  const application = overrides.applicationId
    ? { id: overrides.applicationId, userId: overrides.userId }
    : await insertApplication(db, overrides.userId ? { userId: overrides.userId } : {});
  const userId = application.userId;
  if (!userId) throw new Error('insertTask: give userId with applicationId');
  const [row] = await db
    .insert(applicationTasks)
    .values({ title: 'Send a thank-you note', ...overrides, userId, applicationId: application.id })
    .returning();
  if (!row) throw new Error('insert returned no task');
  return row;
}
