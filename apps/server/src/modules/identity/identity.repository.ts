import { and, eq, like, ne } from 'drizzle-orm';
import type { Db } from '#platform/db.ts';
import { verifications } from './identity.table.ts';

/** better-auth stores a reset link as a verification row `reset-password:<token>` whose value is the user id. */
const RESET_PREFIX = 'reset-password:';

/** The identity queries better-auth does not make itself. */
export function createIdentityRepository(db: Db) {
  return {
    /** Removes every password-reset link of a user, except the one with token `keep` if given. */
    async deleteResetLinks(userId: string, keep?: string): Promise<void> {
      const ofUser = and(eq(verifications.value, userId), like(verifications.identifier, `${RESET_PREFIX}%`));
      const where = keep === undefined ? ofUser : and(ofUser, ne(verifications.identifier, `${RESET_PREFIX}${keep}`));
      await db.delete(verifications).where(where);
    },
  };
}

export type IdentityRepository = ReturnType<typeof createIdentityRepository>;
