import type { Db } from '#platform/db.ts';
import { interviews } from './interviews.table.ts';

/**
 * Interviews for other modules' read models (the dashboard, an application's workspace), aliased `i`: a Drizzle subquery PostgreSQL inlines,
 * so the `(user_id, scheduled_at)` index still serves it (ADR 016, "Read models"). No meeting link or details:
 * a read model that needs them asks for them here first.
 */
export function interviewFacts(db: Db) {
  return db
    .select({
      id: interviews.id,
      userId: interviews.userId,
      applicationId: interviews.applicationId,
      company: interviews.company,
      position: interviews.position,
      scheduledAt: interviews.scheduledAt,
      timezone: interviews.timezone,
      durationMinutes: interviews.durationMinutes,
      type: interviews.type,
      location: interviews.location,
      createdAt: interviews.createdAt,
    })
    .from(interviews)
    .as('i');
}

export type InterviewFacts = ReturnType<typeof interviewFacts>;
