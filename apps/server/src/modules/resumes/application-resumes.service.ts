import type { ApplicationResume, AttachApplicationResumeInput, ResumePerformance } from '@jobpilot/contracts';
import type { ApplicationsService } from '#modules/applications/index.ts';
import type { Download, FilesService } from '#modules/files/index.ts';
import type { Actor } from '#platform/access.ts';
import { notFound } from '#platform/errors.ts';
import type { ApplicationResumesRepository, OutcomeRow } from './application-resumes.repository.ts';
import type { ApplicationResumeRow } from './application-resumes.table.ts';
import { knownTemplate, resumeTemplate } from './export/templates.ts';
import type { ResumeExportService } from './resume-export.service.ts';
import type { ResumesService } from './resumes.service.ts';

/** The files module's purpose for the PDF kept with an application. */
const PURPOSE = 'application-resume';

function toApplicationResume(row: ApplicationResumeRow): ApplicationResume {
  return {
    applicationId: row.applicationId,
    resumeId: row.resumeId,
    versionId: row.versionId,
    resumeName: row.resumeName,
    versionNumber: row.versionNumber,
    template: row.template,
    fileId: row.fileId,
    attachedAt: row.attachedAt.toISOString(),
  };
}

const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);
const outcome = (r: { applications: number; responses: number; interviews: number }) => ({
  applications: r.applications,
  responses: r.responses,
  interviews: r.interviews,
  responseRate: rate(r.responses, r.applications),
  interviewRate: rate(r.interviews, r.applications),
});

/** Groups per-version outcomes by résumé (by id, or by the name sent under once the résumé is gone). */
export function performanceOf(rows: OutcomeRow[]): ResumePerformance[] {
  const byResume = new Map<string, { resumeId: string | null; resumeName: string; versions: OutcomeRow[] }>();
  for (const row of rows) {
    const key = row.resumeId ?? `deleted:${row.resumeName}`;
    const group = byResume.get(key) ?? { resumeId: row.resumeId, resumeName: row.resumeName, versions: [] };
    group.versions.push(row);
    byResume.set(key, group);
  }
  return [...byResume.values()].map((g) => {
    const sum = (f: 'applications' | 'responses' | 'interviews') => g.versions.reduce((n, v) => n + v[f], 0);
    return {
      resumeId: g.resumeId,
      resumeName: g.resumeName,
      ...outcome({ applications: sum('applications'), responses: sum('responses'), interviews: sum('interviews') }),
      versions: g.versions.map((v) => ({ versionId: v.versionId, versionNumber: v.versionNumber, ...outcome(v) })),
    };
  });
}

/**
 * Which résumé went with an application (issue 9, requirement 8; ADR 042): choosing one keeps the version sent
 * (an autosave still open is sealed first, so later edits make a new version) and a PDF of it as the
 * application's document. Another user's application, résumé or version is a 404.
 */
export function createApplicationResumesService(deps: {
  repository: ApplicationResumesRepository;
  applications: Pick<ApplicationsService, 'get'>;
  resumes: ResumesService;
  exporter: ResumeExportService;
  files: FilesService;
  now?: () => Date;
}) {
  const { repository, applications, resumes, exporter, files } = deps;
  const now = deps.now ?? (() => new Date());

  return {
    async attach(actor: Actor, applicationId: string, input: AttachApplicationResumeInput): Promise<ApplicationResume> {
      await applications.get(actor, applicationId);
      const resume = input.versionId
        ? await resumes.get(actor, input.resumeId)
        : await resumes.update(actor, input.resumeId, { save: true });
      const version = input.versionId
        ? await resumes.version(actor, input.resumeId, input.versionId)
        : resume.latestVersion;
      const template = input.template !== undefined ? resumeTemplate(input.template) : knownTemplate(resume.template);
      const pdf = await exporter.export(actor, input.resumeId, { format: 'pdf', template, versionId: version.id });
      const data = Buffer.isBuffer(pdf.body) ? pdf.body : Buffer.from(pdf.body);
      const file = await files.storeDocument(actor.userId, PURPOSE, { filename: pdf.filename, data }, ['pdf']);
      const previous = await repository.find(actor.userId, applicationId);
      const row = await repository.upsert(
        {
          applicationId,
          userId: actor.userId,
          resumeId: resume.id,
          versionId: version.id,
          resumeName: resume.name,
          versionNumber: version.number,
          fileId: file.id,
          template,
        },
        now(),
      );
      if (previous?.fileId) await files.remove(actor.userId, previous.fileId);
      return toApplicationResume(row);
    },

    /** The record, or null when no résumé is recorded for the (own) application. */
    async get(actor: Actor, applicationId: string): Promise<ApplicationResume | null> {
      await applications.get(actor, applicationId);
      const row = await repository.find(actor.userId, applicationId);
      return row ? toApplicationResume(row) : null;
    },

    async file(actor: Actor, applicationId: string): Promise<Download> {
      await applications.get(actor, applicationId);
      const row = await repository.find(actor.userId, applicationId);
      const download = row?.fileId ? await files.download(actor.userId, row.fileId) : undefined;
      if (!download) throw notFound('Résumé file');
      return download;
    },

    async detach(actor: Actor, applicationId: string): Promise<void> {
      await applications.get(actor, applicationId);
      const row = await repository.delete(actor.userId, applicationId);
      if (!row) throw notFound('Résumé of this application');
      if (row.fileId) await files.remove(actor.userId, row.fileId);
    },

    async performance(actor: Actor): Promise<ResumePerformance[]> {
      return performanceOf(await repository.outcomes(actor.userId));
    },
  };
}

export type ApplicationResumesService = ReturnType<typeof createApplicationResumesService>;
