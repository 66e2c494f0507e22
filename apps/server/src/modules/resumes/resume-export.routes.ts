import { idParamSchema, resumeDetailSchema, resumeDocumentSchema, successSchema } from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '#platform/http/auth.ts';
import { sendDownload } from '#platform/http/download.ts';
import { ok } from '#platform/http/envelope.ts';
import { acceptMultipart, defineUpload, readMultipart } from '#platform/http/multipart.ts';
import { downloadDoc, uploadDoc } from '#platform/http/openapi.ts';
import { RESUME_TEMPLATES } from './export/templates.ts';
import { EXPORT_FORMATS, type RenderedResume, type ResumeExportService } from './resume-export.service.ts';

const tags = ['resumes'];
const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
const FILE_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/json',
  'text/markdown',
  'text/plain',
];

const templateSchema = z.enum(RESUME_TEMPLATES, {
  message: `Choose one of the templates: ${RESUME_TEMPLATES.join(', ')}`,
});

export const resumeExportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { message: `Choose the file format: ${EXPORT_FORMATS.join(', ')}` }).default('pdf'),
  template: templateSchema.optional(),
  paper: z.enum(['a4', 'letter'], { message: 'Choose the paper size: a4 or letter' }).optional(),
  versionId: z.uuid({ message: 'Not a valid version id' }).optional(),
});

export const createResumeShareSchema = z.object({ template: templateSchema.optional() });

export const resumeShareSchema = z.object({
  id: z.uuid(),
  url: z.string().nullable().describe('`/r/<token>`; only in the answer that creates the link, null afterwards'),
  token: z.string().nullable().describe('The secret in the link; only in the answer that creates it'),
  template: z.string().nullable(),
  viewCount: z.number().int(),
  lastViewedAt: z.string().nullable(),
  createdAt: z.string(),
});

export const sharedResumeSchema = z.object({
  name: z.string(),
  document: resumeDocumentSchema,
  template: templateSchema,
});

const shareTokenParams = z.object({ token: z.string().max(200) });

const resumeImport = defineUpload({
  maxBytes: IMPORT_MAX_BYTES,
  file: 'A JSON Resume file or the ZIP of a LinkedIn data export, at most 10 MB; the kind is read from the content',
  missing: 'Choose a JSON Resume file or your LinkedIn export ZIP to import.',
});

const send = (reply: Parameters<typeof sendDownload>[0], file: RenderedResume, inline = false) =>
  sendDownload(reply, {
    filename: file.filename,
    contentType: file.contentType,
    body: file.body,
    ...(inline ? { disposition: 'inline' as const } : {}),
  });

/** Export, import and share links of the signed-in user's résumés (issue 9, ADR 037, ADR 041). */
export const resumeExportRoutes: FastifyPluginAsyncZod<{ exporter: ResumeExportService }> = async (
  app,
  { exporter },
) => {
  await acceptMultipart(app);

  app.get(
    '/resumes/:id/export',
    {
      config: downloadDoc(FILE_TYPES, 'The résumé as a PDF, Word, JSON Resume, Markdown or text file.', true),
      schema: {
        tags,
        description:
          'The résumé (or, with `versionId`, one of its versions) as a file to save. PDF and Word are rendered in ' +
          'the document pool; `format` defaults to pdf, `template` to the résumé’s own, `paper` to A4.',
        params: idParamSchema,
        querystring: resumeExportQuerySchema,
      },
    },
    async (request, reply) => send(reply, await exporter.export(actorOf(request), request.params.id, request.query)),
  );

  app.post(
    '/resumes/import',
    {
      config: uploadDoc(resumeImport),
      schema: {
        tags,
        description:
          'A new résumé from a JSON Resume file or a LinkedIn data export ZIP (multipart field `file`, ≤ 10 MB; a ZIP ' +
          'is read as LinkedIn, anything else as JSON). A file the converters refuse is a 4xx naming the problem.',
        response: { 201: successSchema(resumeDetailSchema) },
      },
    },
    async (request, reply) => {
      const upload = await readMultipart(request, resumeImport);
      return reply.status(201).send(ok(await exporter.import(actorOf(request), upload.data)));
    },
  );

  app.get(
    '/resumes/:id/share',
    { schema: { tags, params: idParamSchema, response: { 200: successSchema(resumeShareSchema) } } },
    async (request) => ok(await exporter.share(actorOf(request), request.params.id)),
  );

  app.post(
    '/resumes/:id/share',
    {
      schema: {
        tags,
        description:
          'A public read-only link to the résumé. One link is active per résumé: making another revokes the ' +
          'earlier one (ADR 041). The token is shown in this answer only.',
        params: idParamSchema,
        body: createResumeShareSchema,
        response: { 201: successSchema(resumeShareSchema) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          ok(
            await exporter.createShare(actorOf(request), request.params.id, request.body?.template ?? null),
            'Copy this link now: it is shown only once.',
          ),
        ),
  );

  app.delete('/resumes/:id/share', { schema: { tags, params: idParamSchema } }, async (request, reply) => {
    await exporter.revokeShare(actorOf(request), request.params.id);
    return reply.status(204).send();
  });
};

/** What a share link opens, without a session: the token in the path is the credential. */
export const publicResumeShareRoutes: FastifyPluginAsyncZod<{ exporter: ResumeExportService }> = async (
  app,
  { exporter },
) => {
  const rateLimit = { max: 60, timeWindow: 60_000 };

  app.get(
    '/shared/resumes/:token',
    {
      schema: {
        tags,
        description: 'A shared résumé, counting the view; 404 for an unknown or revoked link.',
        params: shareTokenParams,
        security: [],
        response: { 200: successSchema(sharedResumeSchema) },
      },
      config: { rateLimit },
      // The token is in the path: keep it out of the per-request info log lines.
      logLevel: 'warn',
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      return ok(await exporter.viewShared(request.params.token));
    },
  );

  app.get(
    '/shared/resumes/:token/pdf',
    {
      schema: {
        tags,
        description: 'A shared résumé as a PDF to show in the browser, counting the view; 404 as above.',
        params: shareTokenParams,
        security: [],
      },
      config: { rateLimit: { max: 20, timeWindow: 60_000 }, ...downloadDoc(['application/pdf'], 'The PDF.', true) },
      logLevel: 'warn',
    },
    async (request, reply) => send(reply, await exporter.sharedPdf(request.params.token), true),
  );
};
