import type { Interview } from '@jobpilot/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { interviewKeys } from './interview-keys';

/** `GET /interviews/:id` — idle while `id` is undefined (opening one from a notification link). */
export function useInterview(id: string | undefined) {
  return useQuery({
    queryKey: interviewKeys.one(id ?? ''),
    queryFn: async () => (await api.get<Interview>(`/interviews/${id}`)).data,
    enabled: id !== undefined,
  });
}
