import {
  type AdminUser,
  type AuditEntry,
  ErrorCode,
  type listAdminUsersQuerySchema,
  type UserRole,
  type updateAdminUserSchema,
} from '@jobpilot/contracts';
import type { z } from 'zod';
import type { AccountRow } from '#modules/identity/index.ts';
import type { Actor } from '#platform/access.ts';
import type { Db } from '#platform/db.ts';
import { AppError, notFound } from '#platform/errors.ts';
import type { AuditRepository } from './audit.repository.ts';

/** What administration needs of identity (its API): the accounts and their cached sessions. */
export interface Accounts {
  list(query: z.output<typeof listAdminUsersQuerySchema>): Promise<{ rows: NonNullable<AccountRow>[]; total: number }>;
  find(userId: string): Promise<AccountRow>;
  findByEmail(email: string): Promise<AccountRow>;
  emailsOf(userIds: string[]): Promise<Map<string, string>>;
  setRole(userId: string, role: UserRole, tx: Db): Promise<void>;
  setDisabled(userId: string, disabled: boolean, tx: Db): Promise<void>;
  forgetUser(userId: string): void;
}

const present = (row: NonNullable<AccountRow>): AdminUser => ({
  ...row,
  role: row.role as UserRole,
  createdAt: row.createdAt.toISOString(),
  lastSeenAt: row.lastSeenAt?.toISOString() ?? null,
});

/** User administration: every change is written with its audit entry in one transaction. */
export function createAdminService(deps: { accounts: Accounts; audit: AuditRepository }) {
  const { accounts, audit } = deps;
  const missing = () => notFound('User');

  /** Sets role and/or disabled, recording each change; `actorId` null when an operator runs the command line. */
  async function change(
    actorId: string | null,
    target: NonNullable<AccountRow>,
    patch: { role?: UserRole; disabled?: boolean },
  ) {
    await audit.transaction(async (log, tx) => {
      if (patch.role !== undefined && patch.role !== target.role) {
        await accounts.setRole(target.id, patch.role, tx);
        await log.record(
          { actorId, action: 'user.role-changed', targetId: target.id, details: { from: target.role, to: patch.role } },
          tx,
        );
      }
      if (patch.disabled !== undefined && patch.disabled !== target.disabled) {
        await accounts.setDisabled(target.id, patch.disabled, tx);
        await log.record(
          { actorId, action: patch.disabled ? 'user.disabled' : 'user.enabled', targetId: target.id, details: {} },
          tx,
        );
      }
    });
    // After the commit: a cached session must not keep the old role, and a disabled account's must not survive.
    accounts.forgetUser(target.id);
  }

  return {
    async list(_actor: Actor, query: z.output<typeof listAdminUsersQuerySchema>) {
      const { rows, total } = await accounts.list(query);
      return { items: rows.map(present), total };
    },

    async update(actor: Actor, userId: string, patch: z.output<typeof updateAdminUserSchema>): Promise<AdminUser> {
      const target = await accounts.find(userId);
      if (!target) throw missing();
      // The stored id, not the path's spelling of it (a uuid may be sent in capitals).
      if (target.id === actor.userId && ((patch.role && patch.role !== 'admin') || patch.disabled)) {
        throw new AppError(
          ErrorCode.Conflict,
          'You cannot remove your own administrator role or disable your own account. Ask another administrator.',
        );
      }
      await change(actor.userId, target, patch);
      const updated = await accounts.find(userId);
      if (!updated) throw missing();
      return present(updated);
    },

    /** `jobpilot users promote <email> --role <role>`: run by whoever runs the server. */
    async setRoleByEmail(email: string, role: UserRole): Promise<AdminUser | undefined> {
      const target = await accounts.findByEmail(email);
      if (!target) return undefined;
      await change(null, target, { role });
      return present({ ...target, role });
    },

    async auditLog(
      _actor: Actor,
      page: { page: number; limit: number },
    ): Promise<{ items: AuditEntry[]; total: number }> {
      const { rows, total } = await audit.list(page);
      const actors = await accounts.emailsOf([...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))]);
      const items = rows.map((r) => ({
        id: r.id,
        actorId: r.actorId,
        actorEmail: r.actorId ? (actors.get(r.actorId) ?? null) : null,
        action: r.action,
        targetId: r.targetId,
        details: r.details,
        createdAt: r.createdAt.toISOString(),
      }));
      return { items, total };
    },
  };
}

export type AdminService = ReturnType<typeof createAdminService>;
