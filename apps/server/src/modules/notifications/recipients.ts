import type { Auth } from '#modules/identity/auth.ts';
import type { Recipient } from './reminder-check.ts';

/** Looks up a reminder's recipient through the identity module's better-auth instance (not its tables). */
export function recipientsFrom(auth: Auth) {
  return async (userId: string): Promise<Recipient | undefined> => {
    const context = await auth.$context;
    const user = await context.internalAdapter.findUserById(userId);
    return user ? { email: user.email, name: user.name, emailVerified: user.emailVerified } : undefined;
  };
}
