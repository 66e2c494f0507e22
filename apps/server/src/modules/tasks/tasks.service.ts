import type {
  createTaskSchema,
  listApplicationTasksQuerySchema,
  listTasksQuerySchema,
  Task,
  updateTaskSchema,
} from '@jobpilot/contracts';
import type { z } from 'zod';
import type { ApplicationsService } from '#modules/applications/index.ts';
import type { Actor } from '#platform/access.ts';
import type { Db } from '#platform/db.ts';
import { notFound } from '#platform/errors.ts';
import type { EventBus } from '#platform/events.ts';
import { tasksChanged } from './tasks.events.ts';
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
  /** Told when a task is added or gets another due moment (`tasks.changed`), in the transaction that writes it. */
  events?: Pick<EventBus, 'emit'>;
  now?: () => Date;
}) {
  const { repository, applications } = deps;
  const now = deps.now ?? (() => new Date());
  const missing = () => notFound('Task');
  const changed = (userId: string, tx: Db) => deps.events?.emit(tasksChanged, { userId }, { tx });

  return {
    async list({ userId }: Actor, input: z.output<typeof listTasksQuerySchema>) {
      const { rows, total } = await repository.list(userId, { ...input, now: now() });
      return { items: rows.map(toTask), total };
    },

    async listForApplication(
      actor: Actor,
      applicationId: string,
      input: z.output<typeof listApplicationTasksQuerySchema>,
    ) {
      const { userId } = actor;
      await applications.get(actor, applicationId);
      const { rows, total } = await repository.listForApplication(userId, applicationId, input);
      return { items: rows.map(toTask), total };
    },

    async get({ userId }: Actor, applicationId: string, id: string): Promise<Task> {
      const row = await repository.find(userId, applicationId, id);
      if (!row) throw missing();
      return toTask(row);
    },

    async create(actor: Actor, applicationId: string, input: CreateInput): Promise<Task> {
      const { userId } = actor;
      await applications.get(actor, applicationId);
      const row = await repository.transaction(async (repo, tx) => {
        const created = await repo.create(userId, applicationId, {
          title: input.title,
          dueAt: input.dueAt ? new Date(input.dueAt) : null,
          doneAt: input.done ? now() : null,
        });
        await changed(userId, tx);
        return created;
      });
      return toTask(row);
    },

    async update({ userId }: Actor, applicationId: string, id: string, input: UpdateInput): Promise<Task> {
      const current = await repository.find(userId, applicationId, id);
      if (!current) throw missing();
      const patch: Partial<TaskValues> = {};
      if (input.title !== undefined) patch.title = input.title;
      if (input.dueAt !== undefined) patch.dueAt = input.dueAt ? new Date(input.dueAt) : null;
      if (input.done !== undefined && input.done !== (current.doneAt !== null))
        patch.doneAt = input.done ? now() : null;
      const row = await repository.transaction(async (repo, tx) => {
        const updated = await repo.update(userId, applicationId, id, patch);
        if (updated && patch.dueAt !== undefined) await changed(userId, tx);
        return updated;
      });
      if (!row) throw missing();
      return toTask(row);
    },

    async remove({ userId }: Actor, applicationId: string, id: string): Promise<void> {
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
