import { createHash, randomBytes } from 'node:crypto';
import type { ResumeDetail, ResumeDocument } from '@jobpilot/contracts';
import type { Actor } from '#platform/access.ts';
import { notFound } from '#platform/errors.ts';
import { UNSAFE_FILENAME_CHARACTERS } from '#platform/http/download.ts';
import type { ParseRunner } from '#platform/untrusted/task.ts';
import { startsLikeZip } from '#platform/untrusted/zip-read.ts';
import { exportResumeTask } from './export/export.task.ts';
import { knownTemplate, type ResumePaper, type ResumeTemplate } from './export/templates.ts';
import { renderJsonResume, renderMarkdown, renderText } from './export/text.ts';
import { importResumeTask } from './import/import.task.ts';
import type { ResumeSharesRepository } from './resume-shares.repository.ts';
import type { ResumeShareRow } from './resume-shares.table.ts';
import type { ResumesService } from './resumes.service.ts';

export const EXPORT_FORMATS = ['pdf', 'docx', 'json', 'md', 'txt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

export interface ExportQuery {
  format: ExportFormat;
  template?: ResumeTemplate | undefined;
  paper?: 'a4' | 'letter' | undefined;
  versionId?: string | undefined;
}

export interface RenderedResume {
  filename: string;
  contentType: string;
  body: Buffer | string;
}

export interface ResumeShare {
  id: string;
  /** `/r/<token>`, the web page of the link; only in the answer that creates it (ADR 041). */
  url: string | null;
  token: string | null;
  template: string | null;
  viewCount: number;
  lastViewedAt: string | null;
  createdAt: string;
}

/** What a share link shows: no ids, no dates, no owner. */
export interface SharedResume {
  name: string;
  document: ResumeDocument;
  template: ResumeTemplate;
}

/** A share token: 32 random bytes, base64url (43 characters). */
const SHARE_TOKEN = /^[A-Za-z0-9_-]{43}$/;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The file name a résumé's name makes: unsafe characters and slashes become spaces (a "/" in "Zoë / Backend"
 * must not cut the name to its last part), at most 100 characters, "resume" when nothing is left.
 */
export function exportBaseName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(UNSAFE_FILENAME_CHARACTERS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return [...cleaned].slice(0, 100).join('').trim() || 'resume';
}

function toShare(row: ResumeShareRow, token: string | null): ResumeShare {
  return {
    id: row.id,
    url: token ? `/r/${token}` : null,
    token,
    template: row.template,
    viewCount: row.viewCount,
    lastViewedAt: row.lastViewedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Export of a résumé to a file, import of a JSON Resume file or LinkedIn export, and public share links
 * (issue 9). PDF and Word rendering and both imports run in the untrusted-document pool; Markdown, text and
 * JSON are string building and run in the request.
 */
export function createResumeExportService(deps: {
  resumes: ResumesService;
  shares: ResumeSharesRepository;
  parser: ParseRunner;
  now?: () => Date;
}) {
  const { resumes, shares, parser } = deps;
  const now = deps.now ?? (() => new Date());
  const missingShare = () => notFound('Shared résumé');

  async function render(
    document: ResumeDocument,
    name: string,
    format: ExportFormat,
    options: { template: ResumeTemplate; paper: ResumePaper },
    owner?: string,
  ): Promise<RenderedResume> {
    const file = { filename: `${exportBaseName(name)}.${format}`, contentType: CONTENT_TYPES[format] };
    switch (format) {
      case 'pdf':
      case 'docx': {
        const bytes = await parser.run(exportResumeTask, { format, document, ...options }, [], owner);
        return { ...file, body: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
      }
      case 'json':
        return { ...file, body: renderJsonResume(document) };
      case 'md':
        return { ...file, body: renderMarkdown(document) };
      case 'txt':
        return { ...file, body: renderText(document) };
    }
  }

  async function openShared(token: string): Promise<SharedResume & { owner: string }> {
    if (!SHARE_TOKEN.test(token)) throw missingShare();
    const found = await shares.view(hashOf(token), now());
    if (!found) throw missingShare();
    const { share, resume } = found;
    return {
      name: resume.name,
      document: resume.document,
      template: knownTemplate(share.template ?? resume.template),
      owner: share.userId,
    };
  }

  return {
    /** The user's résumé (or one of its versions) as a file; 404 when either is not theirs. */
    async export(actor: Actor, id: string, query: ExportQuery): Promise<RenderedResume> {
      const resume = await resumes.get(actor, id);
      const document = query.versionId ? (await resumes.version(actor, id, query.versionId)).document : resume.document;
      const template = query.template ?? knownTemplate(resume.template);
      const paper: ResumePaper = query.paper === 'letter' ? 'Letter' : 'A4';
      return render(document, resume.name, query.format, { template, paper }, actor.userId);
    },

    /** A new résumé from a JSON Resume file or a LinkedIn export ZIP, told apart by the content. */
    async import(actor: Actor, bytes: Uint8Array): Promise<ResumeDetail> {
      // A ZIP is a LinkedIn export; anything else is read as a JSON Resume file.
      const kind = startsLikeZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) ? 'linkedin' : 'json';
      const document = await parser.run(importResumeTask, { kind, bytes }, [], actor.userId);
      const person = document.basics?.name?.trim();
      const name = kind === 'linkedin' ? 'LinkedIn import' : person ? `${person} (imported)` : 'Imported résumé';
      return resumes.createFromDocument(actor.userId, { name, document });
    },

    /** The résumé's active link, without its token (kept only as a hash); 404 when there is none. */
    async share(actor: Actor, resumeId: string): Promise<ResumeShare> {
      await resumes.get(actor, resumeId);
      const row = await shares.findActive(actor.userId, resumeId);
      if (!row) throw notFound('Share link');
      return toShare(row, null);
    },

    /** A new link; the résumé's earlier one stops working (ADR 041). The only answer that holds the token. */
    async createShare(actor: Actor, resumeId: string, template: ResumeTemplate | null): Promise<ResumeShare> {
      return shares.transaction(async (repo) => {
        if (!(await repo.lockResume(actor.userId, resumeId))) throw notFound('Résumé');
        await repo.revoke(actor.userId, resumeId, now());
        const token = randomBytes(32).toString('base64url');
        const row = await repo.insert({ userId: actor.userId, resumeId, tokenHash: hashOf(token), template });
        return toShare(row, token);
      });
    },

    async revokeShare(actor: Actor, resumeId: string): Promise<void> {
      await resumes.get(actor, resumeId);
      if (!(await shares.revoke(actor.userId, resumeId, now()))) throw notFound('Share link');
    },

    /** What a link shows, counting the view; the same 404 for a malformed, unknown or revoked token. */
    async viewShared(token: string): Promise<SharedResume> {
      const { owner: _owner, ...shared } = await openShared(token);
      return shared;
    },

    /**
     * The shared résumé as a PDF in its template, counted as a view. The render counts against the owner's
     * share of the pool, so a flood of anonymous requests waits behind its own account, not everyone's.
     */
    async sharedPdf(token: string): Promise<RenderedResume> {
      const shared = await openShared(token);
      return render(shared.document, shared.name, 'pdf', { template: shared.template, paper: 'A4' }, shared.owner);
    },
  };
}

export type ResumeExportService = ReturnType<typeof createResumeExportService>;
