import type { ApplicationStatus } from '@jobpilot/contracts';

/** What the Applications page asks the list endpoint for. */
export interface ApplicationListParams {
  status: ApplicationStatus[];
  q: string;
  page: number;
  limit: number;
  sort: string;
}

/** Query keys of the applications module; invalidate `lists()` after any change. */
export const applicationKeys = {
  all: ['applications'] as const,
  lists: () => [...applicationKeys.all, 'list'] as const,
  list: (params: ApplicationListParams) => [...applicationKeys.lists(), params] as const,
  history: (id: string) => [...applicationKeys.all, 'history', id] as const,
};
