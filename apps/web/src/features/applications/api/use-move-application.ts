import type { ApiList, Application } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { type ApplicationListParams, queryKeys } from '#lib/query-keys';
import { placeAfter } from './board-order';

interface MoveVariables {
  id: string;
  afterId: string | null;
}

const isBoardList = (key: readonly unknown[]) => (key[2] as ApplicationListParams | undefined)?.sort === 'board';

/** `POST /applications/:id/move`: reorders a board column, shown at once and put back if the server refuses. */
export function useMoveApplication() {
  const queryClient = useQueryClient();
  const lists = queryKeys.applications.lists();
  const boardLists = { queryKey: lists, predicate: (q: { queryKey: readonly unknown[] }) => isBoardList(q.queryKey) };
  return useMutation({
    mutationFn: ({ id, afterId }: MoveVariables) =>
      unwrap(api.POST('/api/v1/applications/{id}/move', { params: { path: { id } }, body: { afterId } })),
    onMutate: async ({ id, afterId }) => {
      await queryClient.cancelQueries(boardLists);
      const previous = queryClient.getQueriesData<ApiList<Application>>(boardLists);
      queryClient.setQueriesData<ApiList<Application>>(boardLists, (old) =>
        old ? { ...old, data: placeAfter(old.data, id, afterId) } : old,
      );
      return { previous };
    },
    onError: (_error, _variables, snapshot) => {
      for (const [key, data] of snapshot?.previous ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: () => queryClient.invalidateQueries(boardLists),
  });
}
