import type { TaskDueFilter } from '@jobpilot/contracts';

export interface TaskListParams {
  due: TaskDueFilter;
  done?: boolean | undefined;
}

/** Query keys of the tasks feature; invalidate `all` after any change. */
export const taskKeys = {
  all: ['tasks'] as const,
  list: (params: TaskListParams) => [...taskKeys.all, 'list', params] as const,
  ofApplication: (applicationId: string) => [...taskKeys.all, 'application', applicationId] as const,
  application: (applicationId: string) => ['task-application', applicationId] as const,
};
