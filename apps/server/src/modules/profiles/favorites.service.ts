import { ErrorCode, type PersonSummary } from '@jobpilot/contracts';
import type { Actor } from '#platform/access.ts';
import { AppError, notFound } from '#platform/errors.ts';
import type { FavoritesRepository } from './favorites.repository.ts';
import type { ProfilesRepository } from './profiles.repository.ts';
import { toSummary } from './profiles.service.ts';

/** Favourite profiles: only a profile the user may see can be added; adding twice changes nothing. */
export function createFavoritesService(deps: { favorites: FavoritesRepository; profiles: ProfilesRepository }) {
  const { favorites, profiles } = deps;

  return {
    async list({ userId }: Actor, page: { page: number; limit: number }) {
      const { rows, total } = await favorites.list(userId, page);
      return { items: rows.map((r) => toSummary(r, userId)), total };
    },

    /** `created` is false when it already was a favourite. */
    async add({ userId }: Actor, profileUserId: string): Promise<{ created: boolean; person: PersonSummary }> {
      if (profileUserId === userId) {
        throw new AppError(ErrorCode.ValidationFailed, 'You cannot add yourself to your favourites', {
          field: 'userId',
        });
      }
      const record = await profiles.findVisible(userId, profileUserId);
      if (!record) throw notFound('Profile');
      const created = await favorites.add(userId, profileUserId);
      const person = toSummary({ ...record, isFavorite: true }, userId);
      return { created, person };
    },

    async remove({ userId }: Actor, profileUserId: string): Promise<void> {
      if (!(await favorites.remove(userId, profileUserId))) throw notFound('Favourite');
    },
  };
}

export type FavoritesService = ReturnType<typeof createFavoritesService>;
