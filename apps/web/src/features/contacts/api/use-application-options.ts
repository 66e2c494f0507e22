import { useQuery } from '@tanstack/react-query';
import { api, unwrapEnvelope } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

export interface ApplicationOption {
  value: string;
  label: string;
}

/** The user's applications (the 100 most recent) as choices for "this contact is about…". */
export function useApplicationOptions() {
  return useQuery({
    queryKey: queryKeys.contacts.applicationOptions(),
    queryFn: async (): Promise<ApplicationOption[]> => {
      const page = await unwrapEnvelope(
        api.GET('/api/v1/applications', { params: { query: { limit: 100, sort: '-updatedAt' } } }),
      );
      return page.data.map((a) => ({ value: a.id, label: `${a.company} — ${a.position}` }));
    },
    staleTime: 60_000,
  });
}
