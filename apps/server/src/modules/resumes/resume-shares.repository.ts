import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { type Db, transactional } from '#platform/db.ts';
import { type ResumeShareRow, resumeShares } from './resume-shares.table.ts';
import { resumes } from './resumes.table.ts';

/** Share links of résumés, scoped by their owner; the public lookup goes by the token's hash alone. */
export function createResumeSharesRepository(db: Db) {
  return { ...queries(db), transaction: transactional(db, queries) };
}

function queries(db: Db) {
  const active = (userId: string, resumeId: string) =>
    and(eq(resumeShares.resumeId, resumeId), eq(resumeShares.userId, userId), isNull(resumeShares.revokedAt));

  return {
    /** Serialises link changes of one résumé (the row lock), and says whether the résumé is the user's. */
    async lockResume(userId: string, resumeId: string): Promise<boolean> {
      const [row] = await db
        .select({ id: resumes.id })
        .from(resumes)
        .where(and(eq(resumes.id, resumeId), eq(resumes.userId, userId)))
        .for('update');
      return row !== undefined;
    },

    async findActive(userId: string, resumeId: string): Promise<ResumeShareRow | undefined> {
      const [row] = await db.select().from(resumeShares).where(active(userId, resumeId));
      return row;
    },

    async insert(values: { userId: string; resumeId: string; tokenHash: string; template: string | null }) {
      const [row] = await db.insert(resumeShares).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    /** Revokes the résumé's active link; false when there was none. */
    async revoke(userId: string, resumeId: string, at: Date): Promise<boolean> {
      const gone = await db
        .update(resumeShares)
        .set({ revokedAt: at })
        .where(active(userId, resumeId))
        .returning({ id: resumeShares.id });
      return gone.length > 0;
    },

    /**
     * The active link a token hash opens, with its résumé, counting the view in the same statement; undefined
     * for an unknown or revoked one.
     */
    async view(tokenHash: string, at: Date) {
      const [share] = await db
        .update(resumeShares)
        .set({ viewCount: sql`${resumeShares.viewCount} + 1`, lastViewedAt: at })
        .where(and(eq(resumeShares.tokenHash, tokenHash), isNull(resumeShares.revokedAt)))
        .returning();
      if (!share) return undefined;
      const [resume] = await db
        .select({ name: resumes.name, document: resumes.document, template: resumes.template })
        .from(resumes)
        .where(eq(resumes.id, share.resumeId));
      return resume ? { share, resume } : undefined;
    },

    /** The user's links, revoked ones too, for the "all my data" export. */
    async exportRows(userId: string) {
      return db
        .select({
          id: resumeShares.id,
          resumeId: resumeShares.resumeId,
          template: resumeShares.template,
          createdAt: resumeShares.createdAt,
          revokedAt: resumeShares.revokedAt,
          viewCount: resumeShares.viewCount,
          lastViewedAt: resumeShares.lastViewedAt,
        })
        .from(resumeShares)
        .where(eq(resumeShares.userId, userId))
        .orderBy(asc(resumeShares.createdAt), asc(resumeShares.id));
    },
  };
}

export type ResumeSharesRepository = ReturnType<typeof createResumeSharesRepository>;
