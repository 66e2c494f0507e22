import type { StatusChange } from '@jobpilot/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { applicationKeys } from './application-keys';

/** `GET /applications/:id/history` — status changes, oldest first; idle while `id` is null. */
export function useApplicationHistory(id: string | null) {
  return useQuery({
    queryKey: applicationKeys.history(id ?? ''),
    queryFn: async () => (await api.get<StatusChange[]>(`/applications/${id}/history`)).data,
    enabled: id !== null,
  });
}
