import type { Contact, CreateContactInput } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { contactKeys } from './contact-keys';

/** `POST /contacts`, or `PATCH /contacts/:id` when an id is given. */
export function useSaveContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id: string | null; input: CreateContactInput }) =>
      id
        ? (await api.patch<Contact>(`/contacts/${id}`, input)).data
        : (await api.post<Contact>('/contacts', input)).data,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactKeys.lists() }),
  });
}

/** `DELETE /contacts/:id` */
export function useDeleteContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/contacts/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: contactKeys.lists() }),
  });
}
