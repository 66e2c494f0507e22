import { type createSavedViewSchema, ErrorCode, SAVED_VIEWS_MAX, type SavedView } from '@jobpilot/contracts';
import type { z } from 'zod';
import type { Actor } from '#platform/access.ts';
import { AppError, notFound } from '#platform/errors.ts';
import type { SavedViewsRepository } from './saved-views.repository.ts';
import type { SavedViewRow } from './saved-views.table.ts';

export const toSavedView = (row: SavedViewRow): SavedView => ({
  id: row.id,
  name: row.name,
  search: row.search,
  createdAt: row.createdAt.toISOString(),
});

/** Only what was chosen: no empty lists, no absent values, so applying a view sets exactly these. */
function chosen(search: z.output<typeof createSavedViewSchema>['search']): SavedViewRow['search'] {
  return Object.fromEntries(
    Object.entries(search).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

/** Named filters+search+sort of the applications list (ADR 027); another user's view is missing. */
export function createSavedViewsService(deps: { repository: SavedViewsRepository }) {
  const { repository } = deps;
  const missing = () => notFound('Saved view');
  return {
    async list({ userId }: Actor): Promise<SavedView[]> {
      return (await repository.list(userId)).map(toSavedView);
    },

    async get({ userId }: Actor, id: string): Promise<SavedView> {
      const row = await repository.find(userId, id);
      if (!row) throw missing();
      return toSavedView(row);
    },

    async create({ userId }: Actor, input: z.output<typeof createSavedViewSchema>): Promise<SavedView> {
      if ((await repository.count(userId)) >= SAVED_VIEWS_MAX) {
        throw new AppError(
          ErrorCode.Conflict,
          `You can keep up to ${SAVED_VIEWS_MAX} saved views; delete one you no longer use first`,
        );
      }
      const row = await repository.create(userId, { name: input.name, search: chosen(input.search) });
      if (!row) {
        throw new AppError(ErrorCode.Conflict, `You already have a view called “${input.name}”`, { field: 'name' });
      }
      return toSavedView(row);
    },

    async remove({ userId }: Actor, id: string): Promise<void> {
      if (!(await repository.delete(userId, id))) throw missing();
    },
  };
}

export type SavedViewsService = ReturnType<typeof createSavedViewsService>;
