import { and, desc, eq, gt, ne, or, sql } from 'drizzle-orm';
import type { Db } from '#platform/db.ts';
import { accounts, sessions, users, verifications } from './identity.table.ts';

/** A change of address waiting for its confirmation is remembered as a verification row `change-email:<user id>`. */
const PENDING_EMAIL_PREFIX = 'change-email:';

/** The queries of the account settings: sessions, the pending address, the password hash, deleting the account. */
export function createAccountRepository(db: Db) {
  return {
    /** The user's live sessions, most recently active first. */
    async listSessions(userId: string) {
      return db
        .select({
          id: sessions.id,
          userAgent: sessions.userAgent,
          ipAddress: sessions.ipAddress,
          createdAt: sessions.createdAt,
          updatedAt: sessions.updatedAt,
        })
        .from(sessions)
        .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, sql`now()`)))
        .orderBy(desc(sessions.updatedAt), desc(sessions.id));
    },

    /** Deletes one of the user's sessions; false when it is not theirs (or gone). */
    async deleteSession(userId: string, sessionId: string): Promise<boolean> {
      const rows = await db
        .delete(sessions)
        .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId)))
        .returning({ id: sessions.id });
      return rows.length > 0;
    },

    /** Deletes every session of the user but `keep`; returns how many went. */
    async deleteOtherSessions(userId: string, keep: string): Promise<number> {
      const rows = await db
        .delete(sessions)
        .where(and(eq(sessions.userId, userId), ne(sessions.id, keep)))
        .returning({ id: sessions.id });
      return rows.length;
    },

    /** The address the user asked to change to and has not confirmed yet (while its link is valid). */
    async pendingEmail(userId: string): Promise<string | null> {
      const [row] = await db
        .select({ value: verifications.value })
        .from(verifications)
        .where(
          and(
            eq(verifications.identifier, `${PENDING_EMAIL_PREFIX}${userId}`),
            gt(verifications.expiresAt, sql`now()`),
          ),
        )
        .orderBy(desc(verifications.createdAt))
        .limit(1);
      return row?.value ?? null;
    },

    async setPendingEmail(userId: string, email: string, expiresAt: Date): Promise<void> {
      const identifier = `${PENDING_EMAIL_PREFIX}${userId}`;
      await db.transaction(async (tx) => {
        await tx.delete(verifications).where(eq(verifications.identifier, identifier));
        await tx.insert(verifications).values({ identifier, value: email, expiresAt });
      });
    },

    async clearPendingEmail(userId: string): Promise<void> {
      await db.delete(verifications).where(eq(verifications.identifier, `${PENDING_EMAIL_PREFIX}${userId}`));
    },

    /** The stored hash of the user's password, or undefined for an account without one. */
    async passwordHash(userId: string): Promise<string | undefined> {
      const [row] = await db
        .select({ password: accounts.password })
        .from(accounts)
        .where(and(eq(accounts.userId, userId), eq(accounts.providerId, 'credential')));
      return row?.password ?? undefined;
    },

    /**
     * Deletes the user row (sessions, accounts and every module's rows cascade) and the verification rows that
     * name the user: reset links (value = user id), the pending address, pending verifications of `email`.
     */
    async deleteUser(userId: string, email: string, tx: Db = db): Promise<void> {
      await tx
        .delete(verifications)
        .where(
          or(
            eq(verifications.value, userId),
            eq(verifications.identifier, `${PENDING_EMAIL_PREFIX}${userId}`),
            eq(verifications.identifier, email),
          ),
        );
      await tx.delete(users).where(eq(users.id, userId));
    },
  };
}

export type AccountRepository = ReturnType<typeof createAccountRepository>;
