import type { InterviewListOrder, InterviewType } from '@jobpilot/contracts';

/** What a view asks the list endpoint for: instants (ISO), types, order and page. */
export interface InterviewListParams {
  from?: string | undefined;
  to?: string | undefined;
  type: InterviewType[];
  order: InterviewListOrder;
  page: number;
  limit: number;
}

/** Query keys of the interviews feature; invalidate `all` after any change. */
export const interviewKeys = {
  all: ['interviews'] as const,
  list: (params: InterviewListParams) => [...interviewKeys.all, 'list', params] as const,
  one: (id: string) => [...interviewKeys.all, 'one', id] as const,
  feed: ['calendar-feed'] as const,
  applicationOptions: ['interviews', 'application-options'] as const,
};
