import { and, eq, like, ne, sql } from 'drizzle-orm';
import type { Db } from '#platform/db.ts';
import { users, verifications } from './identity.table.ts';

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

    /** Who a notice goes to: the address and name on the account. */
    async recipient(userId: string) {
      const [row] = await db
        .select({ email: users.email, name: users.name, emailVerified: users.emailVerified })
        .from(users)
        .where(eq(users.id, userId));
      return row;
    },

    /** Sets the name on the account; `tx` lets another module write it in its own transaction. */
    async rename(userId: string, name: string, tx: Db = db): Promise<void> {
      await tx.update(users).set({ name, updatedAt: sql`now()` }).where(eq(users.id, userId));
    },
  };
}

export type IdentityRepository = ReturnType<typeof createIdentityRepository>;
