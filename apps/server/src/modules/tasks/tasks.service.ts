import type {
  createTaskSchema,
  listApplicationTasksQuerySchema,
  listTasksQuerySchema,
  Task,
  updateTaskSchema,
} from '@jobpilot/contracts';
import type { z } from 'zod';
import type { ApplicationsService } from '#modules/applications/applications.service.ts';
import type { ReminderRequests } from '#modules/interviews/interviews.service.ts';
import { notFound } from '#platform/errors.ts';
import type { TasksRepository, TaskValues, TaskWithApplication } from './tasks.repository.ts';

type CreateInput = z.output<typeof createTaskSchema>;
type UpdateInput = z.output<typeof updateTaskSchema>;

export function toTask(row: TaskWithApplication): Task {
  return {
    id: row.id,
    applicationId: row.applicationId,
    company: row.company,
    position: row.position,
    title: row.title,
    dueAt: row.dueAt?.toISOString() ?? null,
    done: row.doneAt !== null,
    doneAt: row.doneAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Follow-up tasks on an application: the application must be the user's (else 404, as for a missing one);
 * ticking a task done records when, unticking clears it.
 */
export function createTasksService(deps: {
  repository: TasksRepository;
  applications: Pick<ApplicationsService, 'get'>;
  reminders?: ReminderRequests;
  now?: () => Date;
}) {
  const { repository, applications } = deps;
  const now = deps.now ?? (() => new Date());
  const missing = () => notFound('Task');

  return {
    async list(userId: string, input: z.output<typeof listTasksQuerySchema>) {
      const { rows, total } = await repository.list(userId, { ...input, now: now() });
      return { items: rows.map(toTask), total };
    },

    async listForApplication(
      userId: string,
      applicationId: string,
      input: z.output<typeof listApplicationTasksQuerySchema>,
    ) {
      await applications.get(userId, applicationId);
      const { rows, total } = await repository.listForApplication(userId, applicationId, input);
      return { items: rows.map(toTask), total };
    },

    async get(userId: string, applicationId: string, id: string): Promise<Task> {
      const row = await repository.find(userId, applicationId, id);
      if (!row) throw missing();
      return toTask(row);
    },

    async create(userId: string, applicationId: string, input: CreateInput): Promise<Task> {
      await applications.get(userId, applicationId);
      const row = await repository.create(userId, applicationId, {
        title: input.title,
        dueAt: input.dueAt ? new Date(input.dueAt) : null,
        doneAt: input.done ? now() : null,
      });
      await deps.reminders?.request(userId);
      return toTask(row);
    },

    async update(userId: string, applicationId: string, id: string, input: UpdateInput): Promise<Task> {
      const current = await repository.find(userId, applicationId, id);
      if (!current) throw missing();
      const patch: Partial<TaskValues> = {};
      if (input.title !== undefined) patch.title = input.title;
      if (input.dueAt !== undefined) patch.dueAt = input.dueAt ? new Date(input.dueAt) : null;
      if (input.done !== undefined && input.done !== (current.doneAt !== null))
        patch.doneAt = input.done ? now() : null;
      const row = await repository.update(userId, applicationId, id, patch);
      if (!row) throw missing();
      if (patch.dueAt !== undefined) await deps.reminders?.request(userId);
      return toTask(row);
    },

    async remove(userId: string, applicationId: string, id: string): Promise<void> {
      if (!(await repository.delete(userId, applicationId, id))) throw missing();
    },

    /** Open tasks with a due date (calendar export). */
    async forCalendar(userId: string): Promise<Task[]> {
      return (await repository.openWithDueDate(userId)).map(toTask);
    },

    /** Open tasks falling due in (after, until], across users unless one is named (reminder scan). */
    async dueBetweenForReminders(after: Date, until: Date, userId?: string) {
      const rows = await repository.dueBetweenForReminders(after, until, userId);
      return rows.map((row) => ({ ...toTask(row), userId: row.userId }));
    },
  };
}

export type TasksService = ReturnType<typeof createTasksService>;
