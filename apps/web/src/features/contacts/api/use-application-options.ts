import type { Application } from '@jobpilot/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { contactKeys } from './contact-keys';

export interface ApplicationOption {
  value: string;
  label: string;
}

/** The user's applications (the 100 most recent) as choices for "this contact is about…". */
export function useApplicationOptions() {
  return useQuery({
    queryKey: contactKeys.applicationOptions(),
    queryFn: async (): Promise<ApplicationOption[]> => {
      const page = await api.list<Application>('/applications', { limit: 100, sort: '-updatedAt' });
      return page.data.map((a) => ({ value: a.id, label: `${a.company} — ${a.position}` }));
    },
    staleTime: 60_000,
  });
}
