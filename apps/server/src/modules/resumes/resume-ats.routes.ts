import { atsReportSchema, idParamSchema, successSchema } from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '#platform/http/auth.ts';
import { ok } from '#platform/http/envelope.ts';
import { acceptMultipart, defineUpload, readMultipart } from '#platform/http/multipart.ts';
import { uploadDoc } from '#platform/http/openapi.ts';
import { RESUME_FILE_MAX } from './parser/parse-resume.ts';
import type { ResumeAtsService } from './resume-ats.service.ts';

const tags = ['resumes'];
const report = successSchema(atsReportSchema);

const atsUpload = defineUpload({
  maxBytes: RESUME_FILE_MAX,
  file: 'A résumé as PDF, Word (.docx) or plain text, at most 10 MB; the kind is read from the content',
  missing: 'Choose the résumé file (PDF, Word or text) to check.',
});

/** The ATS-readiness report (ADR 039) of a saved résumé, or of a file before it is saved. */
export const resumeAtsRoutes: FastifyPluginAsyncZod<{ ats: ResumeAtsService }> = async (app, { ats }) => {
  await acceptMultipart(app);

  app.get(
    '/resumes/:id/ats-report',
    {
      schema: {
        tags,
        description:
          'A 0–100 score of how an applicant-tracking system will read the résumé, by category, with findings ' +
          'that each name the section, entry, field and text they are about, and a concrete fix.',
        params: idParamSchema,
        response: { 200: report },
      },
    },
    async (request) => ok(await ats.forResume(actorOf(request), request.params.id)),
  );

  app.post(
    '/resumes/ats-report',
    {
      config: uploadDoc(atsUpload),
      schema: {
        tags,
        description:
          'The same report for an uploaded file (multipart field `file`), before anything is saved: adds what the ' +
          'file itself shows (text layer, pages, type and size, lines the parser could not place). A scan answers a ' +
          'report whose text category fails, not an error.',
        response: { 200: report },
      },
    },
    async (request) => {
      const upload = await readMultipart(request, atsUpload);
      return ok(await ats.forUpload(actorOf(request), { filename: upload.filename, data: upload.data }));
    },
  );
};
