import { z } from 'zod';
import { defineEvent } from '#platform/events.ts';

/** A person proved they own their address (never emitted for an unverified one). */
export const emailVerified = defineEvent(
  'identity.email-verified',
  z.object({ userId: z.uuid(), email: z.string(), name: z.string() }),
);

/**
 * An account is being deleted: emitted inside the deleting transaction, before the user row goes (its rows in
 * other tables cascade with it). Handlers remove what no foreign key reaches — stored file bytes, audit entries
 * about the account — writing through `tx` (ADR 026).
 */
export const userDeleting = defineEvent('identity.user-deleting', z.object({ userId: z.uuid(), email: z.string() }));
