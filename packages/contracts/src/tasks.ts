import { z } from 'zod';
import { instantSchema } from './interviews.js';
import { storableString } from './text.js';

export const TASK_TITLE_MAX = 300;
export const TASKS_LIMIT_MAX = 200;

const taskFields = {
  title: storableString()
    .trim()
    .min(1, { message: 'Enter what needs doing' })
    .max(TASK_TITLE_MAX, { message: `Must be at most ${TASK_TITLE_MAX} characters` }),
  /** When it is due, as an instant with its offset; null for no due date. */
  dueAt: instantSchema.nullish().transform((v) => v ?? null),
  done: z.boolean({ message: 'Done is true or false' }),
};

export const createTaskSchema = z.object({ ...taskFields, done: taskFields.done.default(false) });
export type CreateTaskInput = z.input<typeof createTaskSchema>;

export const updateTaskSchema = z
  .object(taskFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Send at least one field to change' });
export type UpdateTaskInput = z.input<typeof updateTaskSchema>;

export const TASK_DUE_FILTERS = ['upcoming', 'overdue', 'all'] as const;
export type TaskDueFilter = (typeof TASK_DUE_FILTERS)[number];

const pageFields = {
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(TASKS_LIMIT_MAX).default(50),
};

/** `due=upcoming` (due now or later), `overdue` (due before now), `all` (also without a due date); `done=true|false`. */
export const listTasksQuerySchema = z.object({
  due: z.enum(TASK_DUE_FILTERS, { message: 'Use upcoming, overdue or all' }).default('all'),
  done: z
    .enum(['true', 'false'], { message: 'Use true or false' })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  ...pageFields,
});
export type ListTasksQuery = z.input<typeof listTasksQuerySchema>;

export const listApplicationTasksQuerySchema = z.object(pageFields);

export const taskParamsSchema = z.object({
  id: z.uuid({ message: 'Not a valid id' }),
  taskId: z.uuid({ message: 'Not a valid id' }),
});

export const taskSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  /** Of the application, so a list across applications can say what each task is for. */
  company: z.string(),
  position: z.string(),
  title: z.string(),
  dueAt: z.string().nullable(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Task = z.infer<typeof taskSchema>;
