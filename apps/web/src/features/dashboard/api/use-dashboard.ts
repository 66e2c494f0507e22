import type { Dashboard } from '@jobpilot/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';

export const dashboardKey = ['dashboard'] as const;

/** `GET /dashboard` — the home page's numbers and lists, fetched fresh whenever the page opens. */
export function useDashboard() {
  return useQuery({
    queryKey: dashboardKey,
    queryFn: async () => (await api.get<Dashboard>('/dashboard')).data,
  });
}
