import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '#platform/db.ts';
import { type MailKind, mailOutbox, type OutboxRow } from './mail.table.ts';

export function createMailRepository(db: Db) {
  return {
    /** Removes every kept mail addressed to `to` (an account being deleted), in the caller's transaction if given. */
    async deleteTo(to: string, tx: Db = db): Promise<void> {
      await tx.delete(mailOutbox).where(eq(mailOutbox.to, to));
    },

    async insert(msg: {
      to: string;
      subject: string;
      text: string;
      html: string | null;
      kind: MailKind;
    }): Promise<void> {
      await db.insert(mailOutbox).values(msg);
    },

    /** Newest first; only mail to `to` and of `kind` when given. */
    async list(opts: {
      to?: string;
      kind?: MailKind;
      page: number;
      limit: number;
    }): Promise<{ rows: OutboxRow[]; total: number }> {
      const where = and(
        opts.to ? eq(mailOutbox.to, opts.to) : undefined,
        opts.kind ? eq(mailOutbox.kind, opts.kind) : undefined,
      );
      const [rows, [totals]] = await Promise.all([
        db
          .select()
          .from(mailOutbox)
          .where(where)
          .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
          .limit(opts.limit)
          .offset((opts.page - 1) * opts.limit),
        db.select({ total: count() }).from(mailOutbox).where(where),
      ]);
      return { rows, total: totals?.total ?? 0 };
    },
  };
}

export type MailRepository = ReturnType<typeof createMailRepository>;
