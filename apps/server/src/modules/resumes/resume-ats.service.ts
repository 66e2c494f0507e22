import type { AtsReport } from '@jobpilot/contracts';
import type { Upload } from '#modules/files/index.ts';
import type { Actor } from '#platform/access.ts';
import { AppError } from '#platform/errors.ts';
import type { ParseRunner } from '#platform/untrusted/task.ts';
import { atsReportTask } from './ats/ats.task.ts';
import type { AtsFileFacts } from './ats/input.ts';
import { IMAGE_ONLY } from './parser/parse-resume.ts';
import type { ResumeParseService } from './resume-parse.service.ts';
import type { ResumesService } from './resumes.service.ts';

const isImageOnly = (err: unknown) =>
  err instanceof AppError && (err.extra.details as { reason?: string } | undefined)?.reason === IMAGE_ONLY;

/**
 * How an applicant-tracking system will read a résumé (ADR 039): a saved one by its document, or an uploaded
 * file before it is saved, with what the parser saw in the file (kind, size, pages, columns, tables, text boxes,
 * page headers and footers, its headings, what it could not place).
 */
export function createResumeAtsService(deps: {
  parser: ParseRunner;
  resumes: ResumesService;
  parsing: ResumeParseService;
}) {
  const { parser, resumes, parsing } = deps;
  return {
    async forResume(actor: Actor, id: string): Promise<AtsReport> {
      const resume = await resumes.get(actor, id);
      return parser.run(atsReportTask, { document: resume.document }, [], actor.userId);
    },

    /** The caller must not read `upload.data` afterwards: its bytes move to the parse worker. */
    async forUpload(actor: Actor, upload: Upload): Promise<AtsReport> {
      const bytes = upload.data.length;
      const kind = upload.data.subarray(0, 5).toString('latin1') === '%PDF-' ? 'pdf' : undefined;
      try {
        const parsed = await parsing.parseUpload(actor, upload);
        const file: AtsFileFacts = {
          kind: parsed.kind,
          bytes,
          pages: parsed.pages,
          ...parsed.layout,
          headings: parsed.headings,
          confidence: parsed.confidence,
          unplaced: parsed.unplaced,
        };
        return await parser.run(atsReportTask, { document: parsed.document, file }, [], actor.userId);
      } catch (err) {
        // A scan is the report's worst finding, not a refusal: the person learns why an ATS reads nothing.
        if (!isImageOnly(err) || !kind) throw err;
        const file: AtsFileFacts = { kind, bytes, pages: 1, textLength: 0, imageOnly: true };
        return parser.run(atsReportTask, { document: {}, file }, [], actor.userId);
      }
    },
  };
}

export type ResumeAtsService = ReturnType<typeof createResumeAtsService>;
