import { resumeDocumentSchema, successSchema } from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '#platform/http/auth.ts';
import { ok } from '#platform/http/envelope.ts';
import { acceptMultipart, defineUpload, readMultipart } from '#platform/http/multipart.ts';
import { uploadDoc } from '#platform/http/openapi.ts';
import { RESUME_FILE_MAX } from './parser/parse-resume.ts';
import type { ResumeParseService } from './resume-parse.service.ts';

const tags = ['resumes'];

/**
 * Parse a file already stored instead of uploading it again: `{ fileId }` (one of your files) or
 * `{ from: 'profile' }` (the résumé on your profile).
 */
export const parseStoredResumeSchema = z.union([
  z.object({ fileId: z.uuid({ message: 'Not a valid file id' }) }),
  z.object({ from: z.literal('profile') }),
]);

/** What `POST /resumes/parse` answers: the JSON Resume document, how sure the parser is, what it could not place. */
export const parseResumeResultSchema = z.object({
  kind: z.enum(['pdf', 'docx', 'txt']),
  pages: z.number().int(),
  document: resumeDocumentSchema,
  confidence: z.record(z.string(), z.number()),
  unplaced: z.array(z.string()),
});

const resumeUpload = defineUpload({
  maxBytes: RESUME_FILE_MAX,
  file: 'A résumé as PDF, Word (.docx) or plain text, at most 10 MB; the kind is read from the content',
  missing: 'Choose your résumé file (PDF, Word or text) to upload.',
  json: parseStoredResumeSchema,
});

/** `POST /resumes/parse`: a résumé file (multipart) or a stored one (`{ fileId }`) → a structured document. */
export const resumeParseRoutes: FastifyPluginAsyncZod<{ parsing: ResumeParseService }> = async (app, { parsing }) => {
  await acceptMultipart(app);

  app.post(
    '/resumes/parse',
    {
      config: uploadDoc(resumeUpload),
      schema: {
        tags,
        description:
          'A résumé (PDF, DOCX or text, ≤ 10 MB, kind read from the content) as multipart field `file`, or JSON ' +
          '`{ fileId }` naming a file of your own, or `{ from: "profile" }` for the résumé on your profile. Answers the JSON Resume document ' +
          'with per-field confidence and the lines it could not place; saves nothing. A bad file is a 4xx naming ' +
          'the problem (empty, over 10 MB, not a PDF/Word/text file, damaged, password-protected, no text layer).',
        response: { 200: successSchema(parseResumeResultSchema) },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      if (request.isMultipart()) {
        const upload = await readMultipart(request, resumeUpload);
        return ok(await parsing.parseUpload(actor, { filename: upload.filename, data: upload.data }));
      }
      const body = parseStoredResumeSchema.parse(request.body ?? {});
      return ok(await ('fileId' in body ? parsing.parseStored(actor, body.fileId) : parsing.parseProfileResume(actor)));
    },
  );
};
