import {
  type createInterviewSchema,
  ErrorCode,
  type Interview,
  interviewPlaceIssue,
  type listInterviewsQuerySchema,
  rangeEnd,
  rangeStart,
  type updateInterviewSchema,
} from '@jobpilot/contracts';
import type { z } from 'zod';
import type { ApplicationsService } from '#modules/applications/index.ts';
import type { Actor } from '#platform/access.ts';
import type { Db } from '#platform/db.ts';
import { AppError, notFound } from '#platform/errors.ts';
import type { EventBus } from '#platform/events.ts';
import { interviewsChanged } from './interviews.events.ts';
import type { InterviewPatch, InterviewsRepository } from './interviews.repository.ts';
import type { InterviewRow } from './interviews.table.ts';

type CreateInput = z.output<typeof createInterviewSchema>;
type UpdateInput = z.output<typeof updateInterviewSchema>;
type ListInput = z.output<typeof listInterviewsQuerySchema>;

export function toInterview(row: InterviewRow): Interview {
  return {
    id: row.id,
    applicationId: row.applicationId,
    company: row.company,
    position: row.position,
    scheduledAt: row.scheduledAt.toISOString(),
    timezone: row.timezone,
    durationMinutes: row.durationMinutes,
    type: row.type,
    location: row.location,
    meetingUrl: row.meetingUrl,
    details: row.details,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Interview rules (ADR 007): company and position default from the linked application (404 if it is not
 * the user's); onsite needs a location, also after a partial update; an online meeting link is optional (ADR 029).
 */
export function createInterviewsService(deps: {
  repository: InterviewsRepository;
  applications: Pick<ApplicationsService, 'get'>;
  /** Told of every change (`interviews.changed`), in the transaction that makes it. */
  events?: Pick<EventBus, 'emit'>;
}) {
  const { repository, applications } = deps;
  const missing = () => notFound('Interview');
  const changed = (userId: string, tx: Db) => deps.events?.emit(interviewsChanged, { userId }, { tx });

  return {
    async list({ userId }: Actor, input: ListInput) {
      const { rows, total } = await repository.list(userId, {
        from: input.from ? rangeStart(input.from) : undefined,
        to: input.to ? rangeEnd(input.to) : undefined,
        types: input.type,
        order: input.order,
        page: input.page,
        limit: input.limit,
      });
      return { items: rows.map(toInterview), total };
    },

    async get({ userId }: Actor, id: string): Promise<Interview> {
      const row = await repository.find(userId, id);
      if (!row) throw missing();
      return toInterview(row);
    },

    async create(actor: Actor, input: CreateInput): Promise<Interview> {
      const { userId } = actor;
      const application = input.applicationId ? await applications.get(actor, input.applicationId) : undefined;
      const company = input.company ?? application?.company;
      const position = input.position ?? application?.position;
      if (!company || !position)
        throw new AppError(ErrorCode.ValidationFailed, 'Enter the company', { field: 'company' });
      const row = await repository.transaction(async (repo, tx) => {
        const created = await repo.create(userId, {
          ...input,
          applicationId: input.applicationId ?? null,
          company,
          position,
          scheduledAt: new Date(input.scheduledAt),
        });
        await changed(userId, tx);
        return created;
      });
      return toInterview(row);
    },

    async update(actor: Actor, id: string, input: UpdateInput): Promise<Interview> {
      const { userId } = actor;
      const application = input.applicationId ? await applications.get(actor, input.applicationId) : undefined;
      const row = await repository.transaction(async (repo, tx) => {
        const updated = await repo.update(userId, id, (current) => {
          const { scheduledAt, ...rest } = input;
          const patch: InterviewPatch = { ...rest, ...(scheduledAt ? { scheduledAt: new Date(scheduledAt) } : {}) };
          // Linking another application takes its company and position unless they were given too.
          if (application && application.id !== current.applicationId) {
            patch.company = input.company ?? application.company;
            patch.position = input.position ?? application.position;
          }
          const issue = interviewPlaceIssue({ ...current, ...patch });
          if (issue) throw new AppError(ErrorCode.ValidationFailed, issue.message, { field: issue.field });
          return patch;
        });
        if (updated) await changed(userId, tx);
        return updated;
      });
      if (!row) throw missing();
      return toInterview(row);
    },

    async remove({ userId }: Actor, id: string): Promise<void> {
      const removed = await repository.transaction(async (repo, tx) => {
        const found = await repo.delete(userId, id);
        if (found) await changed(userId, tx);
        return found;
      });
      if (!removed) throw missing();
    },

    /** Every interview of the user, oldest first (calendar export). */
    async all(userId: string): Promise<Interview[]> {
      return (await repository.all(userId)).map(toInterview);
    },

    /** Interviews starting in (after, until], across users unless one is named (reminder scan). */
    async startingBetweenForReminders(after: Date, until: Date, userId?: string) {
      const rows = await repository.startingBetweenForReminders(after, until, userId);
      return rows.map((row) => ({ ...toInterview(row), userId: row.userId }));
    },
  };
}

export type InterviewsService = ReturnType<typeof createInterviewsService>;
