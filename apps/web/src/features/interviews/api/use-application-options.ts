import type { Application } from '@jobpilot/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { interviewKeys } from './interview-keys';

/** The user's applications (up to 100, by company) to link an interview to. */
export function useApplicationOptions(enabled: boolean) {
  return useQuery({
    queryKey: interviewKeys.applicationOptions,
    queryFn: async () => (await api.list<Application>('/applications', { limit: 100, sort: 'company' })).data,
    enabled,
    staleTime: 30_000,
  });
}
