import {
  type Application,
  type ApplicationListFilters,
  type ApplicationSortField,
  type ApplicationStatus,
  type ApplicationTag,
  type createApplicationSchema,
  ErrorCode,
  type StatusChange,
  type updateApplicationSchema,
} from '@jobpilot/contracts';
import type { z } from 'zod';
import type { Actor } from '#platform/access.ts';
import { AppError, notFound } from '#platform/errors.ts';
import type { ApplicationPatch, ApplicationsRepository, ListFilter } from './applications.repository.ts';
import type { ApplicationRow, StatusChangeRow } from './applications.table.ts';

type CreateInput = z.output<typeof createApplicationSchema>;
type UpdateInput = z.output<typeof updateApplicationSchema>;

/** The list's filters as the query string gives them (only `status` is always there). */
export type ListAllInput = Partial<Omit<ApplicationListFilters, 'status' | 'sort'>> & {
  status: ApplicationStatus[];
  sort?: string | undefined;
};
export type ListInput = ListAllInput & { page: number; limit: number };

/**
 * The repository's filter for the list's query: without a sort, a search is ranked by relevance and anything else
 * is newest first (ADR 027). Contradictory ranges are refused rather than answered with nothing.
 */
function filterOf(input: ListAllInput): Omit<ListFilter, 'page' | 'limit'> {
  if (input.salaryMin !== undefined && input.salaryMax !== undefined && input.salaryMin > input.salaryMax) {
    throw new AppError(ErrorCode.ValidationFailed, 'The lowest salary must not exceed the highest', {
      field: 'salaryMax',
    });
  }
  if (input.appliedFrom && input.appliedTo && input.appliedFrom > input.appliedTo) {
    throw new AppError(ErrorCode.ValidationFailed, 'The first applied date must not be after the last', {
      field: 'appliedTo',
    });
  }
  const sort = input.sort ?? (input.q?.trim() ? 'relevance' : '-createdAt');
  const desc = sort.startsWith('-');
  const field = (desc ? sort.slice(1) : sort) as ApplicationSortField;
  const { status, tag, sort: _, ...rest } = input;
  return { ...rest, statuses: status, tagIds: tag ?? [], sort: { field, desc } };
}

/** The API's view of a row: every field named, so nothing new leaks out by accident (and it is fast). */
export function toApplication(row: ApplicationRow & { tags?: ApplicationTag[] }): Application {
  return {
    id: row.id,
    company: row.company,
    position: row.position,
    location: row.location,
    salaryMin: row.salaryMin,
    salaryMax: row.salaryMax,
    salaryCurrency: row.salaryCurrency,
    salaryPeriod: row.salaryPeriod,
    jobUrl: row.jobUrl,
    jobDescription: row.jobDescription,
    status: row.status,
    source: row.source,
    appliedAt: row.appliedAt,
    notes: row.notes,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(row.tags ? { tags: row.tags } : {}),
  };
}

export function toStatusChange(row: StatusChangeRow): StatusChange {
  return { ...row, changedAt: row.changedAt.toISOString() };
}

/** Today's date in UTC as `YYYY-MM-DD`. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The tracker's rules: moving to `applied` without a date records today (ADR 005);
 * the salary range is checked against the stored values on a partial update.
 */
export function createApplicationsService(deps: { repository: ApplicationsRepository; today?: () => string }) {
  const { repository } = deps;
  const dateToday = deps.today ?? today;
  const missing = () => notFound('Application');

  return {
    async list({ userId }: Actor, input: ListInput) {
      const { rows, total } = await repository.list(userId, {
        ...filterOf(input),
        page: input.page,
        limit: input.limit,
      });
      return { items: rows.map(toApplication), total };
    },

    async get({ userId }: Actor, id: string): Promise<Application> {
      const row = await repository.find(userId, id);
      if (!row) throw missing();
      return toApplication(row);
    },

    async create({ userId }: Actor, input: CreateInput): Promise<Application> {
      const appliedAt = input.appliedAt ?? (input.status === 'applied' ? dateToday() : null);
      return toApplication(await repository.create(userId, { ...input, appliedAt }));
    },

    async update({ userId }: Actor, id: string, patch: UpdateInput): Promise<Application> {
      const row = await repository.update(userId, id, (current) => decidePatch(current, patch, dateToday()));
      if (!row) throw missing();
      return toApplication(row);
    },

    /** Moves a board card within its column, after `afterId` (first when null; ADR 024). */
    async move({ userId }: Actor, id: string, afterId: string | null): Promise<Application> {
      if (afterId === id) {
        // Another user's card answers 404 before any word about where it could go.
        if (!(await repository.find(userId, id))) throw missing();
        throw new AppError(ErrorCode.ValidationFailed, 'A card cannot be placed after itself.', { field: 'afterId' });
      }
      const row = await repository.move(userId, id, afterId);
      if (row === 'not-in-column') {
        throw new AppError(
          ErrorCode.ValidationFailed,
          'The card to place it after is not in the same column any more. Reload the board and try again.',
          { field: 'afterId' },
        );
      }
      if (!row) throw missing();
      return toApplication(row);
    },

    async remove({ userId }: Actor, id: string): Promise<void> {
      if (!(await repository.delete(userId, id))) throw missing();
    },

    async history({ userId }: Actor, id: string): Promise<StatusChange[]> {
      const rows = await repository.history(userId, id);
      if (!rows) throw missing();
      return rows.map(toStatusChange);
    },

    /** Applications still in `applied` whose last move there falls in [since, before] (follow-up nudges). */
    staleApplied(window: { since: Date; before: Date; userId?: string | undefined }) {
      return repository.staleApplied(window);
    },
    /** Every application matching the list's filters, in its sort order (CSV export). */
    async listAll(userId: string, input: ListAllInput): Promise<Application[]> {
      const rows = await repository.listAll(userId, filterOf(input));
      return rows.map(toApplication);
    },

    /** Creates checked applications all at once (CSV import), with the same applied-date rule as `create`. */
    async createMany(userId: string, inputs: CreateInput[]): Promise<number> {
      if (inputs.length === 0) return 0;
      const date = dateToday();
      return repository.createMany(
        userId,
        inputs.map((input) => ({ ...input, appliedAt: input.appliedAt ?? (input.status === 'applied' ? date : null) })),
      );
    },
  };
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;

function decidePatch(current: ApplicationRow, patch: UpdateInput, today: string): ApplicationPatch {
  const salaryMin = patch.salaryMin === undefined ? current.salaryMin : patch.salaryMin;
  const salaryMax = patch.salaryMax === undefined ? current.salaryMax : patch.salaryMax;
  if (salaryMin != null && salaryMax != null && salaryMin > salaryMax) {
    throw new AppError(ErrorCode.ValidationFailed, 'Minimum salary must not exceed the maximum', {
      field: patch.salaryMax === undefined ? 'salaryMin' : 'salaryMax',
    });
  }
  const movesToApplied = patch.status === 'applied' && current.status !== 'applied';
  const appliedAt = patch.appliedAt === undefined ? current.appliedAt : patch.appliedAt;
  if (movesToApplied && !appliedAt) return { ...patch, appliedAt: today };
  return patch;
}
