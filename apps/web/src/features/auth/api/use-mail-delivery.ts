import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** Whether this server sends mail (SMTP) or keeps it for whoever runs it (`npx jobpilot outbox`). */
export function useMailDelivery() {
  return useQuery({
    queryKey: queryKeys.mailDelivery,
    queryFn: async () => (await unwrap(api.GET('/api/v1/mail/delivery'))).delivery,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
