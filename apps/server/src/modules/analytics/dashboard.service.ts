import { DASHBOARD_TASKS_DAYS, type Dashboard, IN_PROGRESS_STATUSES, RESPONSE_RATE_FORMULA } from '@jobpilot/contracts';
import type { Actor } from '#platform/access.ts';
import type { DashboardRepository } from './dashboard.repository.ts';

const DAY_MS = 24 * 3600_000;

/** `part / whole`, or null when there is nothing to divide by. */
export const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * The home page in one call: open applications by status, the response rate, the next interviews, the newest
 * applications and the tasks due within a week (or overdue). Definitions in ADR 009.
 */
export function createDashboardService(deps: { repository: DashboardRepository; now?: () => Date }) {
  const { repository } = deps;
  const clock = deps.now ?? (() => new Date());

  return {
    async get({ userId }: Actor): Promise<Dashboard> {
      const now = clock();
      const until = new Date(now.getTime() + DASHBOARD_TASKS_DAYS * DAY_MS);
      const [counts, responses, upcoming, recent, tasks] = await Promise.all([
        repository.statusCounts(userId),
        repository.responses(userId),
        repository.upcomingInterviews(userId, now),
        repository.recentApplications(userId),
        repository.tasksDue(userId, now, until),
      ]);

      const byStatus = { saved: 0, applied: 0, interview: 0, offer: 0 };
      for (const { status, count } of counts) {
        if ((IN_PROGRESS_STATUSES as readonly string[]).includes(status))
          byStatus[status as keyof typeof byStatus] = count;
      }
      const total = Object.values(byStatus).reduce((sum, n) => sum + n, 0);

      return {
        inProgress: { total, byStatus },
        responseRate: {
          ...responses,
          rate: ratio(responses.responded, responses.applied),
          formula: RESPONSE_RATE_FORMULA,
        },
        upcomingInterviews: upcoming.map((i) => ({ ...i, scheduledAt: i.scheduledAt.toISOString() })),
        recentApplications: recent.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
        tasksDue: {
          total: tasks[0]?.total ?? 0,
          overdue: tasks[0]?.overdue ?? 0,
          items: tasks.map(({ total: _t, overdue: _o, dueAt, ...task }) => ({
            ...task,
            dueAt: dueAt.toISOString(),
            overdue: dueAt.getTime() < now.getTime(),
          })),
        },
      };
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
