import type { ApplicationStatus } from '@jobpilot/contracts';
import { applicationStatusHistory, applications } from '#modules/applications/applications.table.ts';
import { interviews } from '#modules/interviews/interviews.table.ts';
import { applicationTasks } from '#modules/tasks/tasks.table.ts';
import type { Db } from '#platform/db.ts';

export interface SeededApplication {
  position: string;
  location?: string | null;
  company?: string;
  appliedAt?: string | null;
  /** Status changes in order, each with its ISO time; the first is the creation, the last the current status. */
  history: [ApplicationStatus, string][];
}

/** Inserts an application with exactly this history (the tracker's API would stamp every change "now"). */
export async function seedApplication(db: Db, userId: string, a: SeededApplication): Promise<string> {
  const first = a.history[0];
  const last = a.history.at(-1);
  if (!first || !last) throw new Error('an application needs at least one status');
  const [row] = await db
    .insert(applications)
    .values({
      userId,
      company: a.company ?? 'Acme',
      position: a.position,
      location: a.location ?? null,
      status: last[0],
      appliedAt: a.appliedAt ?? null,
      createdAt: new Date(first[1]),
      updatedAt: new Date(last[1]),
    })
    .returning({ id: applications.id });
  if (!row) throw new Error('insert returned no row');
  await db.insert(applicationStatusHistory).values(
    a.history.map(([status, at], i) => ({
      applicationId: row.id,
      fromStatus: i === 0 ? null : (a.history[i - 1]?.[0] ?? null),
      toStatus: status,
      changedAt: new Date(at),
    })),
  );
  return row.id;
}

const HOUR = 3600_000;

/** An interview `hoursFromNow` hours away (negative: in the past). */
export async function seedInterview(
  db: Db,
  userId: string,
  hoursFromNow: number,
  extra: { company?: string; durationMinutes?: number; applicationId?: string } = {},
) {
  await db.insert(interviews).values({
    userId,
    applicationId: extra.applicationId ?? null,
    company: extra.company ?? 'Acme',
    position: 'Engineer',
    scheduledAt: new Date(Date.now() + hoursFromNow * HOUR),
    timezone: 'Europe/Berlin',
    durationMinutes: extra.durationMinutes ?? 60,
    type: 'online',
  });
}

/** A task on `applicationId`, due `hoursFromNow` hours away (null: no due date). */
export async function seedTask(
  db: Db,
  userId: string,
  applicationId: string,
  title: string,
  hoursFromNow: number | null,
  done = false,
) {
  await db.insert(applicationTasks).values({
    userId,
    applicationId,
    title,
    dueAt: hoursFromNow === null ? null : new Date(Date.now() + hoursFromNow * HOUR),
    doneAt: done ? new Date() : null,
  });
}
