import type { OutboxMessage } from '@jobpilot/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';

export const OUTBOX_PAGE_SIZE = 10;

/** Mail the server kept instead of sending (no SMTP configured), newest first. */
export function useOutbox(page: number) {
  return useQuery({
    queryKey: ['outbox', page],
    queryFn: () => api.list<OutboxMessage>('/outbox', { page, limit: OUTBOX_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}
