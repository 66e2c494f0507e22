import type { ApplicationWorkspace } from '@jobpilot/contracts';
import { STATUS_LABELS } from '#lib/application-format';

export interface ActivityItem {
  key: string;
  at: string;
  kind: 'status' | 'interview' | 'task-added' | 'task-done';
  text: string;
}

const INTERVIEW_TYPES = { phone: 'Phone', online: 'Video', onsite: 'On-site' } as const;

/**
 * What happened to an application, newest first: status changes, interviews scheduled, tasks added and done.
 * `formatWhen` names an interview's moment (the page passes the reader's locale).
 */
export function buildActivity(
  workspace: Pick<ApplicationWorkspace, 'history' | 'tasks' | 'interviews'>,
  formatWhen: (iso: string) => string,
): ActivityItem[] {
  const items: ActivityItem[] = [
    ...workspace.history.map((h) => ({
      key: `status-${h.id}`,
      at: h.changedAt,
      kind: 'status' as const,
      text: h.fromStatus
        ? `Moved from ${STATUS_LABELS[h.fromStatus]} to ${STATUS_LABELS[h.toStatus]}`
        : `Added as ${STATUS_LABELS[h.toStatus]}`,
    })),
    ...workspace.interviews.map((i) => ({
      key: `interview-${i.id}`,
      at: i.createdAt,
      kind: 'interview' as const,
      text: `${INTERVIEW_TYPES[i.type]} interview scheduled for ${formatWhen(i.scheduledAt)}`,
    })),
    ...workspace.tasks.map((t) => ({
      key: `task-${t.id}`,
      at: t.createdAt,
      kind: 'task-added' as const,
      text: `Task added: ${t.title}`,
    })),
    ...workspace.tasks.flatMap((t) =>
      t.doneAt
        ? [{ key: `done-${t.id}`, at: t.doneAt, kind: 'task-done' as const, text: `Task done: ${t.title}` }]
        : [],
    ),
  ];
  return items.sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.key.localeCompare(a.key));
}
