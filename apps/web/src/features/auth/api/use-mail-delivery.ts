import type { MailDelivery } from '@jobpilot/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';

/** Whether this server sends mail (SMTP) or keeps it for whoever runs it (`npx jobpilot outbox`). */
export function useMailDelivery() {
  return useQuery({
    queryKey: ['mail', 'delivery'],
    queryFn: async () => (await api.get<MailDelivery>('/mail/delivery')).data.delivery,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
