import { sql } from 'drizzle-orm';
import type { Db } from '#platform/db.ts';
import { applicationStatusHistory, applications } from './applications.table.ts';

/**
 * Typed views of the tracker's rows for other modules' read models (analytics, tasks): Drizzle subqueries that
 * PostgreSQL inlines into the statement that uses them, so their plans stay those of the bare tables (ADR 016,
 * "Read models"). A consumer builds its statement over the view's fields (`${facts.status}`), never over table or
 * column names in SQL text, so renaming a column here breaks its build. Nothing is written through them.
 */

/**
 * One row per application, aliased `a`. `day` is the date an application counts under in analytics: the applied
 * date the person gave (or the tracker set, ADR 005), else the UTC day it was added; the expression is that of
 * the `applications_user_day_idx` index, so a range on it is an index range.
 */
export function applicationFacts(db: Db) {
  return db
    .select({
      id: applications.id,
      userId: applications.userId,
      company: applications.company,
      position: applications.position,
      location: applications.location,
      status: applications.status,
      appliedAt: applications.appliedAt,
      createdAt: applications.createdAt,
      day: sql<string>`coalesce(${applications.appliedAt}, (${applications.createdAt} at time zone 'UTC')::date)`.as(
        'day',
      ),
    })
    .from(applications)
    .as('a');
}

/** Every status an application has had and when, aliased `h` (join it to `applicationFacts` on `applicationId`). */
export function statusChanges(db: Db) {
  return db
    .select({
      id: applicationStatusHistory.id,
      applicationId: applicationStatusHistory.applicationId,
      fromStatus: applicationStatusHistory.fromStatus,
      toStatus: applicationStatusHistory.toStatus,
      changedAt: applicationStatusHistory.changedAt,
    })
    .from(applicationStatusHistory)
    .as('h');
}

export type ApplicationFacts = ReturnType<typeof applicationFacts>;
export type StatusChanges = ReturnType<typeof statusChanges>;
