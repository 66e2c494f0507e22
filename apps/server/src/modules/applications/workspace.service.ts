import type { ApplicationWorkspace } from '@jobpilot/contracts';
import type { Actor } from '#platform/access.ts';
import { notFound } from '#platform/errors.ts';
import type { ApplicationsRepository } from './applications.repository.ts';
import { toApplication, toStatusChange } from './applications.service.ts';
import type { WorkspaceRepository } from './workspace.repository.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** One application's page in one answer (ADR 024); "not yours" and "missing" are both a 404. */
export function createWorkspaceService(deps: { applications: ApplicationsRepository; workspace: WorkspaceRepository }) {
  const { applications, workspace } = deps;
  return {
    async get({ userId }: Actor, id: string): Promise<ApplicationWorkspace> {
      const row = await applications.find(userId, id);
      if (!row) throw notFound('Application');
      const [history, tasks, interviews, contacts] = await Promise.all([
        applications.history(userId, id),
        workspace.tasks(userId, id),
        workspace.interviews(userId, id),
        workspace.contacts(userId, id),
      ]);
      return {
        application: toApplication(row),
        history: (history ?? []).map(toStatusChange),
        tasks: tasks.map((t) => ({
          id: t.id,
          title: t.title,
          dueAt: iso(t.dueAt),
          done: t.doneAt !== null,
          doneAt: iso(t.doneAt),
          createdAt: t.createdAt.toISOString(),
        })),
        interviews: interviews.map((i) => ({
          ...i,
          scheduledAt: i.scheduledAt.toISOString(),
          createdAt: i.createdAt.toISOString(),
        })),
        contacts,
      };
    },
  };
}

export type WorkspaceService = ReturnType<typeof createWorkspaceService>;
