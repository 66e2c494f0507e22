import type { AuditAction } from '@jobpilot/contracts';
import { count, desc, eq } from 'drizzle-orm';
import { type Db, transactional } from '#platform/db.ts';
import { auditLog } from './audit.table.ts';

/** The audit log: appended in the transaction of the change it records, read newest first. */
export function createAuditRepository(db: Db) {
  return { ...queries(db), transaction: transactional(db, queries) };
}

function queries(db: Db) {
  return {
    async record(
      entry: { actorId: string | null; action: AuditAction; targetId: string; details: Record<string, unknown> },
      tx: Db = db,
    ): Promise<void> {
      await tx.insert(auditLog).values(entry);
    },

    /** Removes the entries about an account being deleted (its own actions stay, their actor set to null). */
    async deleteAbout(targetId: string, tx: Db = db): Promise<void> {
      await tx.delete(auditLog).where(eq(auditLog.targetId, targetId));
    },

    async list(page: { page: number; limit: number }) {
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(auditLog)
          .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
          .limit(page.limit)
          .offset((page.page - 1) * page.limit),
        db.select({ n: count() }).from(auditLog),
      ]);
      return { rows, total: total?.n ?? 0 };
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
