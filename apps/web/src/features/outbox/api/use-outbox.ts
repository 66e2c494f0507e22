import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrapEnvelope } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

export const OUTBOX_PAGE_SIZE = 10;

/** Mail the server kept instead of sending (no SMTP configured), newest first. */
export function useOutbox(page: number) {
  return useQuery({
    queryKey: queryKeys.outbox(page),
    queryFn: () => unwrapEnvelope(api.GET('/api/v1/outbox', { params: { query: { page, limit: OUTBOX_PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}
