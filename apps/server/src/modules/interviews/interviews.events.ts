import { z } from 'zod';
import { defineEvent } from '#platform/events.ts';

/** A user's interviews were added, moved or removed (their reminders need a fresh look). */
export const interviewsChanged = defineEvent('interviews.changed', z.object({ userId: z.uuid() }));
