import { TASK_DUE_FILTERS } from '@jobpilot/contracts';
import { z } from 'zod';

/** `/tasks?applicationId=…` shows one application's tasks; otherwise `due` and `showDone` filter all tasks. */
export const tasksSearchSchema = z.object({
  applicationId: z.uuid().optional().catch(undefined),
  due: z.enum(TASK_DUE_FILTERS).optional().catch(undefined),
  showDone: z.boolean().optional().catch(undefined),
});
export type TasksSearch = z.infer<typeof tasksSearchSchema>;
