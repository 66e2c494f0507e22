import type { Application } from '@jobpilot/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { taskKeys } from './task-keys';

/** `GET /applications/:id` — the application whose tasks are shown, for the panel's title. */
export function useTaskApplication(applicationId: string | undefined) {
  return useQuery({
    queryKey: taskKeys.application(applicationId ?? ''),
    queryFn: async () => (await api.get<Application>(`/applications/${applicationId}`)).data,
    enabled: applicationId !== undefined,
  });
}
