import type { ApiList, Application, UpdateApplicationInput } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

interface UpdateVariables {
  id: string;
  input: UpdateApplicationInput;
}

/** `PATCH /applications/:id`; a status change shows in every cached list at once. */
export function useUpdateApplication() {
  const queryClient = useQueryClient();
  const lists = queryKeys.applications.lists();
  return useMutation({
    mutationFn: ({ id, input }: UpdateVariables) =>
      unwrap(api.PATCH('/api/v1/applications/{id}', { params: { path: { id } }, body: input })),
    onMutate: async ({ id, input }) => {
      const { status } = input;
      if (!status) return { previous: [] };
      await queryClient.cancelQueries({ queryKey: lists });
      const previous = queryClient.getQueriesData<ApiList<Application>>({ queryKey: lists });
      queryClient.setQueriesData<ApiList<Application>>({ queryKey: lists }, (old) =>
        old ? { ...old, data: old.data.map((item) => (item.id === id ? { ...item, status } : item)) } : old,
      );
      return { previous };
    },
    onError: (_error, _variables, snapshot) => {
      for (const [key, data] of snapshot?.previous ?? []) queryClient.setQueryData(key, data);
    },
    onSettled: (_data, _error, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: lists }),
        queryClient.invalidateQueries({ queryKey: queryKeys.applications.history(id) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.applications.workspace(id) }),
      ]),
  });
}
