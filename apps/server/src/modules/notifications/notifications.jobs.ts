import { z } from 'zod';
import { defineJob } from '#platform/queue.ts';
import type { ReminderCheck } from './reminder-check.ts';

const payloadSchema = z.object({ userId: z.uuid().optional() });

/** Seconds within which several changes by one user share one immediate check. */
export const REMINDER_DEBOUNCE_SECONDS = 2;

/** `notifications.check-reminders`: every minute, for everyone. */
export function checkRemindersJob(check: ReminderCheck, clock: () => Date = () => new Date()) {
  return defineJob({
    name: 'notifications.check-reminders',
    schema: payloadSchema,
    schedule: { cron: '* * * * *', payload: {} },
    retryLimit: 2,
    handler: async ({ userId }) => {
      await check.run({ now: clock(), userId });
    },
  });
}
