import {
  APPLIED_STAGE_STATUSES,
  type ApplicationStatus,
  DASHBOARD_RECENT_LIMIT,
  DASHBOARD_TASKS_LIMIT,
  DASHBOARD_UPCOMING_LIMIT,
  RESPONDED_STATUSES,
} from '@jobpilot/contracts';
import { and, asc, desc, eq, gt, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { applicationFacts, statusChanges } from '#modules/applications/index.ts';
import { interviewFacts } from '#modules/interviews/index.ts';
import { taskFacts } from '#modules/tasks/index.ts';
import type { Db } from '#platform/db.ts';
import { rowsOf, statusList } from './sql.ts';

/**
 * The dashboard's read model (ADR 009): statements over the views the applications, interviews and tasks modules
 * export (ADR 016, "Read models"), every statement scoped by the owner.
 */
export function createDashboardRepository(db: Db) {
  const applications = applicationFacts(db);
  const history = statusChanges(db);
  const interviews = interviewFacts(db);
  const tasks = taskFacts(db);

  return {
    async statusCounts(userId: string): Promise<{ status: ApplicationStatus; count: number }[]> {
      return db
        .select({ status: applications.status, count: sql<number>`count(*)::int` })
        .from(applications)
        .where(eq(applications.userId, userId))
        .groupBy(applications.status);
    },

    /** Applications that ever reached an applied-stage status, and how many of those ever got a response. */
    async responses(userId: string): Promise<{ applied: number; responded: number }> {
      const [row] = await rowsOf<{ applied: number; responded: number }>(
        db,
        sql`select count(*)::int as applied, count(*) filter (where responded)::int as responded
            from (
              select bool_or(${history.toStatus} in ${statusList(RESPONDED_STATUSES)}) as responded
              from ${history}
              join ${applications} on ${applications.id} = ${history.applicationId}
              where ${applications.userId} = ${userId} and ${history.toStatus} in ${statusList(APPLIED_STAGE_STATUSES)}
              group by ${history.applicationId}
            ) per_application`,
      );
      return row ?? { applied: 0, responded: 0 };
    },

    /** The next interviews that are not over yet, soonest first. */
    async upcomingInterviews(userId: string, now: Date) {
      return db
        .select({
          id: interviews.id,
          applicationId: interviews.applicationId,
          company: interviews.company,
          position: interviews.position,
          scheduledAt: interviews.scheduledAt,
          timezone: interviews.timezone,
          durationMinutes: interviews.durationMinutes,
          type: interviews.type,
          location: interviews.location,
        })
        .from(interviews)
        .where(
          and(
            eq(interviews.userId, userId),
            // The lower bound lets the (user_id, scheduled_at) index find the range; the second test is exact.
            gt(interviews.scheduledAt, new Date(now.getTime() - 24 * 3600_000)),
            sql`${interviews.scheduledAt} + ${interviews.durationMinutes} * interval '1 minute' > ${now.toISOString()}::timestamptz`,
          ),
        )
        .orderBy(asc(interviews.scheduledAt), asc(interviews.id))
        .limit(DASHBOARD_UPCOMING_LIMIT);
    },

    async recentApplications(userId: string) {
      return db
        .select({
          id: applications.id,
          company: applications.company,
          position: applications.position,
          location: applications.location,
          status: applications.status,
          createdAt: applications.createdAt,
        })
        .from(applications)
        .where(eq(applications.userId, userId))
        .orderBy(desc(applications.createdAt), desc(applications.id))
        .limit(DASHBOARD_RECENT_LIMIT);
    },

    /** Open tasks due before `until` (overdue ones included), soonest first, with the totals before the limit. */
    async tasksDue(userId: string, now: Date, until: Date) {
      return db
        .select({
          id: tasks.id,
          title: tasks.title,
          // Never null here (filtered below); typed so.
          dueAt: sql<Date>`${tasks.dueAt}`.mapWith(tasks.dueAt),
          applicationId: tasks.applicationId,
          company: applications.company,
          position: applications.position,
          total: sql<number>`(count(*) over ())::int`,
          overdue: sql<number>`(count(*) filter (where ${tasks.dueAt} < ${now.toISOString()}::timestamptz) over ())::int`,
        })
        .from(tasks)
        .innerJoin(applications, and(eq(applications.id, tasks.applicationId), eq(applications.userId, userId)))
        .where(and(eq(tasks.userId, userId), isNull(tasks.doneAt), isNotNull(tasks.dueAt), lte(tasks.dueAt, until)))
        .orderBy(asc(tasks.dueAt), asc(tasks.id))
        .limit(DASHBOARD_TASKS_LIMIT);
    },
  };
}

export type DashboardRepository = ReturnType<typeof createDashboardRepository>;
