import { z } from 'zod';
import type { ReminderRequests } from '#modules/interviews/interviews.service.ts';
import { defineJob, type JobDefinition, type Queue } from '#platform/queue.ts';
import type { ReminderCheck } from './reminder-check.ts';

const payloadSchema = z.object({ userId: z.uuid().optional() });
type Payload = typeof payloadSchema;

/** Seconds within which several changes by one user share one immediate check. */
const DEBOUNCE_SECONDS = 2;

/**
 * `notifications.check-reminders`: every minute for everyone, and at once for one user after they add or
 * move an interview or a task. `check` is looked up when the job runs, so the job can be defined before
 * the services it calls exist.
 */
export function checkRemindersJob(check: () => ReminderCheck, clock: () => Date = () => new Date()) {
  return defineJob({
    name: 'notifications.check-reminders',
    schema: payloadSchema,
    schedule: { cron: '* * * * *', payload: {} },
    retryLimit: 2,
    handler: async ({ userId }) => {
      await check().run({ now: clock(), userId });
    },
  });
}

/** Enqueues the immediate check for a user; bursts of changes are debounced into one job per slot. */
export function reminderRequests(queue: Queue, job: JobDefinition<Payload>): ReminderRequests {
  return {
    async request(userId) {
      await queue.send(job, { userId }, { singletonKey: `reminders:${userId}`, debounceSeconds: DEBOUNCE_SECONDS });
    },
  };
}
