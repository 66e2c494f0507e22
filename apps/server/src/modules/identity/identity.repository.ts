import type { UserRole } from '@jobpilot/contracts';
import { and, count, desc, eq, ilike, inArray, like, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '#platform/db.ts';
import { sessions, users, verifications } from './identity.table.ts';

/** better-auth stores a reset link as a verification row `reset-password:<token>` whose value is the user id. */
const RESET_PREFIX = 'reset-password:';

const accountColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  emailVerified: users.emailVerified,
  disabled: users.banned,
  createdAt: users.createdAt,
  lastSeenAt:
    // Written out: inside a select list Drizzle names columns without their table, and both tables have `id`.
    sql<Date | null>`(select max(s.updated_at) from sessions s where s.user_id = users.id)`.mapWith(
      (v: string | Date | null) => (v === null ? null : new Date(v)),
    ),
};

export type AccountRow = Awaited<ReturnType<ReturnType<typeof createIdentityRepository>['findAccount']>>;

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

    /** Accounts for administrators: by name or address (`q`), by role, newest first, with the last session activity. */
    async listAccounts(query: { q?: string | undefined; role?: UserRole | undefined; page: number; limit: number }) {
      const filters: SQL[] = [];
      if (query.q) {
        const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        filters.push(or(ilike(users.name, like), ilike(users.email, like)) as SQL);
      }
      if (query.role) filters.push(eq(users.role, query.role));
      const where = filters.length > 0 ? and(...filters) : undefined;
      const [rows, [total]] = await Promise.all([
        db
          .select(accountColumns)
          .from(users)
          .where(where)
          .orderBy(desc(users.createdAt), desc(users.id))
          .limit(query.limit)
          .offset((query.page - 1) * query.limit),
        db.select({ n: count() }).from(users).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },

    async findAccount(userId: string) {
      const [row] = await db.select(accountColumns).from(users).where(eq(users.id, userId));
      return row;
    },

    /** The addresses of several accounts at once (the audit log names who acted). */
    async emailsOf(userIds: string[]): Promise<Map<string, string>> {
      if (userIds.length === 0) return new Map();
      const rows = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, userIds));
      return new Map(rows.map((r) => [r.id, r.email]));
    },

    async findAccountByEmail(email: string) {
      const [row] = await db.select(accountColumns).from(users).where(eq(users.email, email.toLowerCase()));
      return row;
    },

    async setRole(userId: string, role: UserRole, tx: Db = db): Promise<void> {
      await tx.update(users).set({ role, updatedAt: sql`now()` }).where(eq(users.id, userId));
    },

    /** Disables the account and deletes its sessions (cookies and bearer tokens stop working), or enables it. */
    async setDisabled(userId: string, disabled: boolean, tx: Db = db): Promise<void> {
      await tx
        .update(users)
        .set({ banned: disabled, banReason: null, banExpires: null, updatedAt: sql`now()` })
        .where(eq(users.id, userId));
      if (disabled) await tx.delete(sessions).where(eq(sessions.userId, userId));
    },

    /** Sets the name on the account; `tx` lets another module write it in its own transaction. */
    async rename(userId: string, name: string, tx: Db = db): Promise<void> {
      await tx.update(users).set({ name, updatedAt: sql`now()` }).where(eq(users.id, userId));
    },
  };
}

export type IdentityRepository = ReturnType<typeof createIdentityRepository>;
