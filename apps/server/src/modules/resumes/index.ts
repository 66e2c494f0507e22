import { applicationsModule } from '#modules/applications/index.ts';
import { filesModule } from '#modules/files/index.ts';
import { profilesModule } from '#modules/profiles/index.ts';
import { defineModule, routes } from '#platform/module.ts';
import { createApplicationResumesRepository } from './application-resumes.repository.ts';
import { applicationResumesRoutes } from './application-resumes.routes.ts';
import { createApplicationResumesService } from './application-resumes.service.ts';
import { applicationResumes } from './application-resumes.table.ts';
import { atsReportTask } from './ats/ats.task.ts';
import { exportResumeTask } from './export/export.task.ts';
import { importResumeTask } from './import/import.task.ts';
import { parseResumeTask } from './parser/parse-resume.task.ts';
import type { ParseResumeInput, ParseResumeResult } from './parser/parse-resume.ts';
import { resumeAtsRoutes } from './resume-ats.routes.ts';
import { createResumeAtsService } from './resume-ats.service.ts';
import { publicResumeShareRoutes, resumeExportRoutes } from './resume-export.routes.ts';
import { createResumeExportService } from './resume-export.service.ts';
import { resumeParseRoutes } from './resume-parse.routes.ts';
import { createResumeParseService } from './resume-parse.service.ts';
import { createResumeSharesRepository } from './resume-shares.repository.ts';
import { resumeShares } from './resume-shares.table.ts';
import { createResumesRepository } from './resumes.repository.ts';
import { resumesRoutes } from './resumes.routes.ts';
import { createResumesService } from './resumes.service.ts';
import { resumes, resumeVersions } from './resumes.table.ts';

export type { ParseResumeResult } from './parser/parse-resume.ts';
export type { ResumesService } from './resumes.service.ts';

/**
 * Résumés (issue 9): JSON Resume documents with their metadata and versions (ADR 036), and the parser
 * (ADR 035) behind `POST /resumes/parse`; export to PDF, Word, JSON, Markdown and text (ADR 037), import of a JSON
 * Resume file or LinkedIn export, and public share links (ADR 041).
 */
export const resumesModule = defineModule({
  name: 'resumes',
  tables: { resumes, resumeVersions, resumeShares, applicationResumes },
  parseTasks: [parseResumeTask, importResumeTask, exportResumeTask, atsReportTask],
  build({ db, parser, use }) {
    const repository = createResumesRepository(db);
    const service = createResumesService({ repository });
    const shares = createResumeSharesRepository(db);
    const exporter = createResumeExportService({ resumes: service, shares, parser });
    const parsing = createResumeParseService({ parser, files: use(filesModule), profiles: use(profilesModule) });
    const ats = createResumeAtsService({ parser, resumes: service, parsing });
    const sentWith = createApplicationResumesRepository(db);
    const sent = createApplicationResumesService({
      repository: sentWith,
      applications: use(applicationsModule),
      resumes: service,
      exporter,
      files: use(filesModule),
    });
    return {
      api: {
        /** Parses a résumé file in the untrusted-document pool; `owner` counts it against that user's share. */
        parse: (input: ParseResumeInput, owner?: string): Promise<ParseResumeResult> =>
          parser.run(parseResumeTask, input, [], owner),
        /** The user's résumé (404 when it is not theirs), for export, the ATS report and sharing. */
        get: (userId: string, id: string) => service.get({ userId }, id),
        /** One version of the user's résumé (404 when either is not theirs), e.g. the one sent with an application. */
        version: (userId: string, id: string, versionId: string) => service.version({ userId }, id, versionId),
        /** A new résumé from a parsed or imported document, its first version of kind `import`. */
        createFromDocument: service.createFromDocument,
        /** The user's résumés and their versions, for the "all my data" export. */
        exportRows: async (userId: string) => ({
          ...(await repository.exportRows(userId)),
          shares: await shares.exportRows(userId),
          sentWith: await sentWith.exportRows(userId),
        }),
      },
      // The parse, import and ATS routes first: `/resumes/parse`, `/resumes/import` are paths, not résumé ids.
      routes: [
        routes(resumeParseRoutes, { parsing }, 'user'),
        routes(resumeAtsRoutes, { ats }, 'user'),
        routes(applicationResumesRoutes, { sent }, 'user'),
        routes(resumeExportRoutes, { exporter }, 'user'),
        routes(resumesRoutes, { resumes: service }, 'user'),
        // A share link's token is the credential: whoever it was sent to has no account.
        routes(publicResumeShareRoutes, { exporter }, 'public'),
      ],
    };
  },
});
