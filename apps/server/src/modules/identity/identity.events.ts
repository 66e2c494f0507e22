import { z } from 'zod';
import { defineEvent } from '#platform/events.ts';

/** A person proved they own their address (never emitted for an unverified one). */
export const emailVerified = defineEvent(
  'identity.email-verified',
  z.object({ userId: z.uuid(), email: z.string(), name: z.string() }),
);
