import { and, eq, sql } from 'drizzle-orm';
import { applicationFacts, statusChanges } from '#modules/applications/index.ts';
import type { Db } from '#platform/db.ts';
import { type ApplicationResumeRow, applicationResumes } from './application-resumes.table.ts';

/** Statuses that mean the employer answered, and those that mean an interview happened (or more). */
const RESPONDED = ['interview', 'offer', 'accepted', 'rejected'] as const;
const INTERVIEWED = ['interview', 'offer', 'accepted'] as const;

export interface OutcomeRow {
  resumeId: string | null;
  resumeName: string;
  versionId: string | null;
  versionNumber: number;
  applications: number;
  responses: number;
  interviews: number;
}

/** Which résumé each application was sent with, and how those applications went. */
export function createApplicationResumesRepository(db: Db) {
  const own = (userId: string, applicationId: string) =>
    and(eq(applicationResumes.userId, userId), eq(applicationResumes.applicationId, applicationId));

  return {
    async find(userId: string, applicationId: string): Promise<ApplicationResumeRow | undefined> {
      const [row] = await db.select().from(applicationResumes).where(own(userId, applicationId));
      return row;
    },

    /** One résumé per application: sending another replaces the record. */
    async upsert(values: Omit<ApplicationResumeRow, 'attachedAt'>, at: Date): Promise<ApplicationResumeRow> {
      const [row] = await db
        .insert(applicationResumes)
        .values({ ...values, attachedAt: at })
        .onConflictDoUpdate({ target: applicationResumes.applicationId, set: { ...values, attachedAt: at } })
        .returning();
      if (!row) throw new Error('upsert returned no row');
      return row;
    },

    async delete(userId: string, applicationId: string): Promise<ApplicationResumeRow | undefined> {
      const [row] = await db.delete(applicationResumes).where(own(userId, applicationId)).returning();
      return row;
    },

    /**
     * Per résumé version sent: how many applications, how many heard back (reached interview, offer, accepted or
     * rejected at any time, by the status history), how many reached an interview. One grouped statement over
     * the applications module's views (ADR 016).
     */
    async outcomes(userId: string): Promise<OutcomeRow[]> {
      const a = applicationFacts(db);
      const h = statusChanges(db);
      const reached = (statuses: readonly string[]) => {
        const list = sql.join(
          statuses.map((s) => sql`${s}`),
          sql`, `,
        );
        return sql`(${a.status} in (${list}) or exists (select 1 from ${h} where ${h.applicationId} = ${a.id} and ${h.toStatus} in (${list})))`;
      };
      const rows = await db
        .select({
          resumeId: applicationResumes.resumeId,
          resumeName: applicationResumes.resumeName,
          versionId: applicationResumes.versionId,
          versionNumber: applicationResumes.versionNumber,
          applications: sql<number>`count(*)::int`,
          responses: sql<number>`count(*) filter (where ${reached(RESPONDED)})::int`,
          interviews: sql<number>`count(*) filter (where ${reached(INTERVIEWED)})::int`,
        })
        .from(applicationResumes)
        .innerJoin(a, eq(a.id, applicationResumes.applicationId))
        .where(eq(applicationResumes.userId, userId))
        .groupBy(
          applicationResumes.resumeId,
          applicationResumes.resumeName,
          applicationResumes.versionId,
          applicationResumes.versionNumber,
        )
        .orderBy(applicationResumes.resumeName, applicationResumes.versionNumber);
      return rows;
    },

    /** The user's records, for the "all my data" export. */
    async exportRows(userId: string): Promise<ApplicationResumeRow[]> {
      return db.select().from(applicationResumes).where(eq(applicationResumes.userId, userId));
    },
  };
}

export type ApplicationResumesRepository = ReturnType<typeof createApplicationResumesRepository>;
