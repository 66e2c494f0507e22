import type { CreateApplicationInput } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `POST /applications` */
export function useCreateApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateApplicationInput) => unwrap(api.POST('/api/v1/applications', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.applications.lists() }),
  });
}
