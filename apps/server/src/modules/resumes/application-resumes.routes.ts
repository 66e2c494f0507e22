import {
  applicationResumeSchema,
  attachApplicationResumeSchema,
  idParamSchema,
  resumePerformanceSchema,
  successSchema,
} from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '#platform/http/auth.ts';
import { sendDownload } from '#platform/http/download.ts';
import { ok } from '#platform/http/envelope.ts';
import { downloadDoc } from '#platform/http/openapi.ts';
import type { ApplicationResumesService } from './application-resumes.service.ts';

const tags = ['resumes'];
const record = successSchema(applicationResumeSchema);

/** The résumé sent with an application, the PDF kept of it, and how each résumé's applications went (ADR 042). */
export const applicationResumesRoutes: FastifyPluginAsyncZod<{ sent: ApplicationResumesService }> = async (
  app,
  { sent },
) => {
  app.put(
    '/applications/:id/resume',
    {
      schema: {
        tags,
        description:
          'Records the résumé sent with the application (its latest version, sealed, unless `versionId` names one) ' +
          'and keeps a PDF of that version as the application’s document. Sending another replaces it.',
        params: idParamSchema,
        body: attachApplicationResumeSchema,
        response: { 200: record },
      },
    },
    async (request) => ok(await sent.attach(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/applications/:id/resume',
    {
      schema: {
        tags,
        description: 'The résumé recorded for the application, or null.',
        params: idParamSchema,
        response: { 200: successSchema(applicationResumeSchema.nullable()) },
      },
    },
    async (request) => ok(await sent.get(actorOf(request), request.params.id)),
  );

  app.get(
    '/applications/:id/resume/file',
    {
      config: downloadDoc(['application/pdf'], 'The PDF of the résumé as it was sent.', true),
      schema: { tags, params: idParamSchema, description: 'Download the PDF kept with the application.' },
    },
    async (request, reply) => {
      const { file, stream } = await sent.file(actorOf(request), request.params.id);
      return sendDownload(reply, {
        filename: file.filename,
        contentType: file.contentType,
        length: file.sizeBytes,
        body: stream,
      });
    },
  );

  app.delete('/applications/:id/resume', { schema: { tags, params: idParamSchema } }, async (request, reply) => {
    await sent.detach(actorOf(request), request.params.id);
    return reply.status(204).send();
  });

  app.get(
    '/resumes/performance',
    {
      schema: {
        tags,
        description:
          'Per résumé and per version: applications sent with it, responses (reached interview, offer, accepted ' +
          'or rejected) and interviews, with their rates.',
        response: { 200: successSchema(z.array(resumePerformanceSchema)) },
      },
    },
    async (request) => ok(await sent.performance(actorOf(request))),
  );
};
