import type { ApiList, Person, PersonSummary } from '@jobpilot/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrapEnvelope } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

export const FAVORITES_PAGE_SIZE = 20;

/** `GET /favorites` */
export function useFavorites(page: number) {
  return useQuery({
    queryKey: queryKeys.profiles.favorites(page),
    queryFn: () =>
      unwrapEnvelope(api.GET('/api/v1/favorites', { params: { query: { page, limit: FAVORITES_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

type Cached = ApiList<PersonSummary> | Person | undefined;

/** Sets the star of one person in a cached list or profile. */
function withFavorite(cached: Cached, userId: string, isFavorite: boolean): Cached {
  if (!cached) return cached;
  if ('pagination' in cached) {
    return { ...cached, data: cached.data.map((p) => (p.id === userId ? { ...p, isFavorite } : p)) };
  }
  return cached.id === userId ? { ...cached, isFavorite } : cached;
}

/**
 * `POST /favorites` or `DELETE /favorites/:userId`. The star changes at once in every cached list and
 * profile (a search still on its way is cancelled so it cannot bring the old star back), then all reload.
 */
export function useToggleFavorite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, favorite }: { userId: string; favorite: boolean }) => {
      if (favorite) await unwrapEnvelope(api.POST('/api/v1/favorites', { body: { userId } }));
      else await unwrapEnvelope(api.DELETE('/api/v1/favorites/{userId}', { params: { path: { userId } } }));
    },
    onMutate: async ({ userId, favorite }) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.profiles.all });
      queryClient.setQueriesData<Cached>({ queryKey: queryKeys.profiles.all }, (cached) =>
        withFavorite(cached, userId, favorite),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.profiles.all }),
  });
}
