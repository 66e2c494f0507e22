import {
  type createResumeSchema,
  RESUME_AUTOSAVE_WINDOW_MS,
  type ResumeDetail,
  type ResumeDiff,
  type ResumeDocument,
  type ResumeSummary,
  type ResumeVersion,
  type ResumeVersionSummary,
  type updateResumeSchema,
} from '@jobpilot/contracts';
import type { z } from 'zod';
import type { Actor } from '#platform/access.ts';
import { notFound } from '#platform/errors.ts';
import { diffResumes } from './resume-diff.ts';
import type {
  ResumesRepository,
  ResumeValues,
  ResumeVersionSummaryRow,
  ResumeWithCount,
} from './resumes.repository.ts';
import type { ResumeRow } from './resumes.table.ts';

type CreateInput = z.output<typeof createResumeSchema>;
type UpdateInput = z.output<typeof updateResumeSchema>;
type Who = Pick<Actor, 'userId'>;
type Repo = Omit<ResumesRepository, 'transaction'>;

const COPY_SUFFIX = ' (copy)';

export function toVersionSummary(row: ResumeVersionSummaryRow): ResumeVersionSummary {
  return {
    id: row.id,
    resumeId: row.resumeId,
    number: row.number,
    name: row.name,
    kind: row.kind,
    sealed: row.sealed,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toResumeSummary(row: ResumeWithCount): ResumeSummary {
  const basics = row.document.basics;
  return {
    id: row.id,
    name: row.name,
    tags: row.tags,
    isDefault: row.isDefault,
    template: row.template,
    sourceFileId: row.sourceFileId,
    personName: basics?.name || null,
    headline: basics?.label || null,
    versionCount: row.versionCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** JSON with keys sorted: jsonb hands keys back in its own order, so equal documents compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

export const sameDocument = (a: ResumeDocument, b: ResumeDocument) => canonical(a) === canonical(b);

/**
 * Résumés and their versions (issue 9, ADR 036). A user's first résumé becomes the default; deleting the
 * default hands the flag to the most recently updated one left. Every change of the document is kept as a
 * version: autosaves within RESUME_AUTOSAVE_WINDOW_MS of the latest unsealed autosave coalesce into it, an
 * explicit save, a restore or a duplicate seals. Another user's résumé is a 404, as a missing one.
 */
export function createResumesService(deps: { repository: ResumesRepository; now?: () => Date }) {
  const { repository } = deps;
  const now = deps.now ?? (() => new Date());
  const missing = () => notFound('Résumé');

  async function detail(repo: Repo, userId: string, id: string): Promise<ResumeDetail> {
    const row = await repo.find(userId, id);
    if (!row) throw missing();
    const latest = await repo.versionBefore(id);
    if (!latest) throw new Error(`résumé ${id} has no version`);
    return { ...toResumeSummary(row), document: row.document, latestVersion: toVersionSummary(latest) };
  }

  async function owned(repo: Repo, userId: string, id: string) {
    const row = await repo.find(userId, id);
    if (!row) throw missing();
    return row;
  }

  /** A new résumé with its first version; the default when the user has none. */
  async function insertWithVersion(
    repo: Repo,
    userId: string,
    values: ResumeValues & { document: ResumeDocument },
    kind: 'save' | 'import',
  ): Promise<ResumeRow> {
    await repo.lockUser(userId);
    const at = now();
    const row = await repo.insert(userId, { ...values, isDefault: !(await repo.hasDefault(userId)) }, at);
    await repo.addVersion(row.id, { document: values.document, name: values.name, kind, sealed: true }, at);
    return row;
  }

  /** Seals the latest version when it is an open autosave (a restore or duplicate closes it). */
  async function sealLatest(repo: Repo, resumeId: string) {
    const latest = await repo.versionBefore(resumeId);
    if (latest && !latest.sealed) await repo.rewriteVersion(latest.id, { sealed: true }, latest.updatedAt);
  }

  return {
    async list({ userId }: Who): Promise<ResumeSummary[]> {
      return (await repository.list(userId)).map(toResumeSummary);
    },

    async get({ userId }: Who, id: string): Promise<ResumeDetail> {
      return detail(repository, userId, id);
    },

    async create({ userId }: Who, input: CreateInput): Promise<ResumeDetail> {
      return repository.transaction(async (repo) => {
        const row = await insertWithVersion(repo, userId, input, 'save');
        return detail(repo, userId, row.id);
      });
    },

    /** A résumé made from a parsed or imported document (the parse and import routes, ADR 036). */
    async createFromDocument(
      userId: string,
      input: { name: string; document: ResumeDocument; sourceFileId?: string | null },
    ): Promise<ResumeDetail> {
      return repository.transaction(async (repo) => {
        const row = await insertWithVersion(
          repo,
          userId,
          { ...input, tags: [], template: null, sourceFileId: input.sourceFileId ?? null },
          'import',
        );
        return detail(repo, userId, row.id);
      });
    },

    async update({ userId }: Who, id: string, input: UpdateInput): Promise<ResumeDetail> {
      return repository.transaction(async (repo) => {
        const current = await repo.lockResume(userId, id);
        if (!current) throw missing();
        const at = now();
        const patch: Partial<ResumeValues> = {};
        if (input.name !== undefined) patch.name = input.name;
        if (input.tags !== undefined) patch.tags = input.tags;
        if (input.template !== undefined) patch.template = input.template;
        const name = input.name ?? current.name;
        const latest = await repo.versionBefore(id);
        if (!latest) throw new Error(`résumé ${id} has no version`);
        const open = latest.kind === 'autosave' && !latest.sealed;
        const inWindow = open && at.getTime() - latest.createdAt.getTime() < RESUME_AUTOSAVE_WINDOW_MS;
        const document = input.document;
        if (document !== undefined && !sameDocument(document, current.document)) {
          patch.document = document;
          if (inWindow) {
            // The autosave burst goes on (or an explicit save closes it): one version holds it.
            await repo.rewriteVersion(
              latest.id,
              input.save ? { document, name, kind: 'save', sealed: true } : { document, name },
              at,
            );
          } else {
            if (open) await repo.rewriteVersion(latest.id, { sealed: true }, latest.updatedAt);
            await repo.addVersion(
              id,
              { document, name, kind: input.save ? 'save' : 'autosave', sealed: input.save === true },
              at,
            );
          }
        } else if (input.save && open) {
          // Saving what the autosave already holds: that version becomes the save.
          await repo.rewriteVersion(latest.id, { kind: 'save', sealed: true }, at);
        }
        if (Object.keys(patch).length > 0) await repo.update(userId, id, patch, at);
        return detail(repo, userId, id);
      });
    },

    async remove({ userId }: Who, id: string): Promise<void> {
      await repository.transaction(async (repo) => {
        await repo.lockUser(userId);
        const gone = await repo.delete(userId, id);
        if (!gone) throw missing();
        if (gone.isDefault) {
          const next = await repo.mostRecent(userId);
          if (next) await repo.setDefault(userId, next.id);
        }
      });
    },

    /** A copy with the same document, tags and template, named "… (copy)"; the original's autosave is sealed. */
    async duplicate({ userId }: Who, id: string): Promise<ResumeDetail> {
      return repository.transaction(async (repo) => {
        const source = await repo.lockResume(userId, id);
        if (!source) throw missing();
        await sealLatest(repo, id);
        const base = source.name.slice(0, 120 - COPY_SUFFIX.length);
        const row = await insertWithVersion(
          repo,
          userId,
          {
            name: `${base}${COPY_SUFFIX}`,
            document: source.document,
            tags: source.tags,
            template: source.template,
            sourceFileId: source.sourceFileId,
          },
          'save',
        );
        return detail(repo, userId, row.id);
      });
    },

    async setDefault({ userId }: Who, id: string): Promise<ResumeDetail> {
      return repository.transaction(async (repo) => {
        await repo.lockUser(userId);
        await owned(repo, userId, id);
        await repo.setDefault(userId, id);
        return detail(repo, userId, id);
      });
    },

    async versions({ userId }: Who, id: string, page: { page: number; limit: number }) {
      await owned(repository, userId, id);
      const { rows, total } = await repository.versions(id, page);
      return { items: rows.map(toVersionSummary), total };
    },

    async version({ userId }: Who, id: string, versionId: string): Promise<ResumeVersion> {
      await owned(repository, userId, id);
      const row = await repository.version(id, versionId);
      if (!row) throw notFound('Version');
      return { ...toVersionSummary(row), document: row.document };
    },

    /** The version's document becomes the current one, as a new sealed `restore` version. */
    async restore({ userId }: Who, id: string, versionId: string): Promise<ResumeDetail> {
      return repository.transaction(async (repo) => {
        const current = await repo.lockResume(userId, id);
        if (!current) throw missing();
        const source = await repo.version(id, versionId);
        if (!source) throw notFound('Version');
        await sealLatest(repo, id);
        const at = now();
        await repo.addVersion(id, { document: source.document, name: current.name, kind: 'restore', sealed: true }, at);
        await repo.update(userId, id, { document: source.document }, at);
        return detail(repo, userId, id);
      });
    },

    /** Field by field from `from` to `to`; `to` is the latest version unless named, `from` the one before it. */
    async diff({ userId }: Who, id: string, query: { from?: string | undefined; to?: string | undefined }) {
      await owned(repository, userId, id);
      const to = query.to ? await repository.version(id, query.to) : await repository.versionBefore(id);
      if (!to) throw notFound('Version');
      const from = query.from
        ? await repository.version(id, query.from)
        : await repository.versionBefore(id, to.number);
      // The first version compared with nothing before it: everything in it is added.
      const fromRow = from ?? (query.from ? undefined : { ...to, document: {} });
      if (!fromRow) throw notFound('Version');
      const changes = diffResumes(fromRow.document, to.document);
      const counts = { added: 0, removed: 0, changed: 0 };
      for (const c of changes) counts[c.change] += 1;
      const result: ResumeDiff = { from: toVersionSummary(fromRow), to: toVersionSummary(to), changes, counts };
      return result;
    },

    exportRows: repository.exportRows,
  };
}

export type ResumesService = ReturnType<typeof createResumesService>;
