import type { ResumeDocument, ResumeVersionKind } from '@jobpilot/contracts';
import { and, asc, count, desc, eq, ne, sql } from 'drizzle-orm';
import { type Db, transactional } from '#platform/db.ts';
import { type ResumeRow, type ResumeVersionRow, resumes, resumeVersions } from './resumes.table.ts';

export type ResumeValues = Pick<typeof resumes.$inferInsert, 'name' | 'document' | 'tags' | 'template'> & {
  sourceFileId?: string | null;
};
export type ResumeWithCount = ResumeRow & { versionCount: number };

/**
 * Every query of résumés and their versions, scoped by the owner; a version is reached through its résumé.
 * Writes that must see a consistent picture (the default flag, version numbers) run in `transaction` and
 * take `lockUser` or `lockResume` first.
 */
export function createResumesRepository(db: Db) {
  return { ...queries(db), transaction: transactional(db, queries) };
}

function queries(db: Db) {
  // Spelled out: inside a selected expression drizzle leaves columns unqualified, and `id` would be the version's.
  const versionCount = sql<number>`(select count(*)::int from "resume_versions" v where v."resume_id" = "resumes"."id")`;
  const owned = (userId: string, id: string) => and(eq(resumes.id, id), eq(resumes.userId, userId));

  return {
    /** Serialises the user's résumé writes that touch the default flag (create, delete, set default). */
    async lockUser(userId: string) {
      await db.execute(sql`select pg_advisory_xact_lock(hashtext('resumes'), hashtext(${userId}))`);
    },

    /** Locks the user's résumé row for this transaction; undefined when it is not theirs. */
    async lockResume(userId: string, id: string): Promise<ResumeRow | undefined> {
      const [row] = await db.select().from(resumes).where(owned(userId, id)).for('update');
      return row;
    },

    /** Default first, then the most recently updated. */
    async list(userId: string): Promise<ResumeWithCount[]> {
      return db
        .select({ ...resumeColumns, versionCount })
        .from(resumes)
        .where(eq(resumes.userId, userId))
        .orderBy(desc(resumes.isDefault), desc(resumes.updatedAt), desc(resumes.id));
    },

    async find(userId: string, id: string): Promise<ResumeWithCount | undefined> {
      const [row] = await db
        .select({ ...resumeColumns, versionCount })
        .from(resumes)
        .where(owned(userId, id));
      return row;
    },

    async hasDefault(userId: string): Promise<boolean> {
      const [row] = await db
        .select({ n: count() })
        .from(resumes)
        .where(and(eq(resumes.userId, userId), eq(resumes.isDefault, true)));
      return (row?.n ?? 0) > 0;
    },

    async insert(userId: string, values: ResumeValues & { isDefault: boolean }, at: Date): Promise<ResumeRow> {
      const [row] = await db
        .insert(resumes)
        .values({ ...values, userId, createdAt: at, updatedAt: at })
        .returning();
      if (!row) throw new Error('insert returned no résumé');
      return row;
    },

    async update(userId: string, id: string, patch: Partial<ResumeValues>, at: Date) {
      const [row] = await db
        .update(resumes)
        .set({ ...patch, updatedAt: at })
        .where(owned(userId, id))
        .returning({ id: resumes.id });
      return row !== undefined;
    },

    async delete(userId: string, id: string): Promise<ResumeRow | undefined> {
      const [row] = await db.delete(resumes).where(owned(userId, id)).returning();
      return row;
    },

    /** Makes `id` the user's only default (the old one loses the flag first, for the unique index). */
    async setDefault(userId: string, id: string) {
      await db
        .update(resumes)
        .set({ isDefault: false })
        .where(and(eq(resumes.userId, userId), eq(resumes.isDefault, true), ne(resumes.id, id)));
      await db.update(resumes).set({ isDefault: true }).where(owned(userId, id));
    },

    /** The most recently updated of the user's résumés, to inherit the default. */
    async mostRecent(userId: string): Promise<ResumeRow | undefined> {
      const [row] = await db
        .select()
        .from(resumes)
        .where(eq(resumes.userId, userId))
        .orderBy(desc(resumes.updatedAt), desc(resumes.id))
        .limit(1);
      return row;
    },

    // Versions: callers have checked the résumé is the user's.

    async versions(resumeId: string, p: { page: number; limit: number }) {
      const where = eq(resumeVersions.resumeId, resumeId);
      const [rows, total] = await Promise.all([
        db
          .select(versionSummaryColumns)
          .from(resumeVersions)
          .where(where)
          .orderBy(desc(resumeVersions.number))
          .limit(p.limit)
          .offset((p.page - 1) * p.limit),
        db.$count(resumeVersions, where),
      ]);
      return { rows, total };
    },

    async version(resumeId: string, versionId: string): Promise<ResumeVersionRow | undefined> {
      const [row] = await db
        .select()
        .from(resumeVersions)
        .where(and(eq(resumeVersions.resumeId, resumeId), eq(resumeVersions.id, versionId)));
      return row;
    },

    /** The version numbered just below `number`, or the latest one without it. */
    async versionBefore(resumeId: string, number?: number): Promise<ResumeVersionRow | undefined> {
      const [row] = await db
        .select()
        .from(resumeVersions)
        .where(
          and(
            eq(resumeVersions.resumeId, resumeId),
            number === undefined ? undefined : sql`${resumeVersions.number} < ${number}`,
          ),
        )
        .orderBy(desc(resumeVersions.number))
        .limit(1);
      return row;
    },

    async addVersion(
      resumeId: string,
      v: { document: ResumeDocument; name: string; kind: ResumeVersionKind; sealed: boolean },
      at: Date,
    ): Promise<ResumeVersionRow> {
      const [row] = await db
        .insert(resumeVersions)
        .values({
          ...v,
          resumeId,
          number: sql`(select coalesce(max(${resumeVersions.number}), 0) + 1 from ${resumeVersions} where ${resumeVersions.resumeId} = ${resumeId})`,
          createdAt: at,
          updatedAt: at,
        })
        .returning();
      if (!row) throw new Error('insert returned no version');
      return row;
    },

    async rewriteVersion(
      id: string,
      v: { document?: ResumeDocument; name?: string; kind?: ResumeVersionKind; sealed?: boolean },
      at: Date,
    ): Promise<ResumeVersionRow> {
      const [row] = await db
        .update(resumeVersions)
        .set({ ...v, updatedAt: at })
        .where(eq(resumeVersions.id, id))
        .returning();
      if (!row) throw new Error('version to rewrite not found');
      return row;
    },

    /** The user's résumés and every version, oldest first, for the "all my data" export (ADR 010). */
    async exportRows(userId: string) {
      const rows = await db
        .select(resumeColumns)
        .from(resumes)
        .where(eq(resumes.userId, userId))
        .orderBy(asc(resumes.createdAt), asc(resumes.id));
      const versions = await db
        .select({
          id: resumeVersions.id,
          resumeId: resumeVersions.resumeId,
          number: resumeVersions.number,
          name: resumeVersions.name,
          kind: resumeVersions.kind,
          sealed: resumeVersions.sealed,
          document: resumeVersions.document,
          createdAt: resumeVersions.createdAt,
          updatedAt: resumeVersions.updatedAt,
        })
        .from(resumeVersions)
        .innerJoin(resumes, eq(resumes.id, resumeVersions.resumeId))
        .where(eq(resumes.userId, userId))
        .orderBy(asc(resumes.createdAt), asc(resumes.id), asc(resumeVersions.number));
      return { resumes: rows, versions };
    },
  };
}

const resumeColumns = {
  id: resumes.id,
  userId: resumes.userId,
  name: resumes.name,
  document: resumes.document,
  tags: resumes.tags,
  isDefault: resumes.isDefault,
  template: resumes.template,
  sourceFileId: resumes.sourceFileId,
  createdAt: resumes.createdAt,
  updatedAt: resumes.updatedAt,
};

const versionSummaryColumns = {
  id: resumeVersions.id,
  resumeId: resumeVersions.resumeId,
  number: resumeVersions.number,
  name: resumeVersions.name,
  kind: resumeVersions.kind,
  sealed: resumeVersions.sealed,
  createdAt: resumeVersions.createdAt,
  updatedAt: resumeVersions.updatedAt,
};

export type ResumeVersionSummaryRow = Omit<ResumeVersionRow, 'document'>;
export type ResumesRepository = ReturnType<typeof createResumesRepository>;
