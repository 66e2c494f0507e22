import { z } from 'zod';
import { defineEvent } from '#platform/events.ts';

/** A user's task was added or got another due moment (their reminders need a fresh look). */
export const tasksChanged = defineEvent('tasks.changed', z.object({ userId: z.uuid() }));
