import type { CreateContactInput } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapEnvelope } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `POST /contacts`, or `PATCH /contacts/:id` when an id is given. */
export function useSaveContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string | null; input: CreateContactInput }) =>
      id
        ? await unwrap(api.PATCH('/api/v1/contacts/{id}', { params: { path: { id } }, body: input }))
        : await unwrap(api.POST('/api/v1/contacts', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.contacts.lists() }),
  });
}

/** `DELETE /contacts/:id` */
export function useDeleteContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrapEnvelope(api.DELETE('/api/v1/contacts/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.contacts.lists() }),
  });
}
