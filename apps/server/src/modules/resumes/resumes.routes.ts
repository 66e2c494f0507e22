import {
  createResumeSchema,
  idParamSchema,
  listResumeVersionsQuerySchema,
  listSchema,
  resumeDetailSchema,
  resumeDiffQuerySchema,
  resumeDiffSchema,
  resumeSummarySchema,
  resumeVersionParamsSchema,
  resumeVersionSchema,
  resumeVersionSummarySchema,
  successSchema,
  updateResumeSchema,
} from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '#platform/http/auth.ts';
import { list, ok } from '#platform/http/envelope.ts';
import type { ResumesService } from './resumes.service.ts';

const tags = ['resumes'];
const one = successSchema(resumeDetailSchema);

/** Résumés and their versions (issue 9, ADR 036); every route is the signed-in user's own. */
export const resumesRoutes: FastifyPluginAsyncZod<{ resumes: ResumesService }> = async (app, { resumes }) => {
  app.get(
    '/resumes',
    { schema: { tags, response: { 200: successSchema(z.array(resumeSummarySchema)) } } },
    async (request) => ok(await resumes.list(actorOf(request))),
  );

  app.post('/resumes', { schema: { tags, body: createResumeSchema, response: { 201: one } } }, async (request, reply) =>
    reply.status(201).send(ok(await resumes.create(actorOf(request), request.body))),
  );

  app.get('/resumes/:id', { schema: { tags, params: idParamSchema, response: { 200: one } } }, async (request) =>
    ok(await resumes.get(actorOf(request), request.params.id)),
  );

  app.patch(
    '/resumes/:id',
    { schema: { tags, params: idParamSchema, body: updateResumeSchema, response: { 200: one } } },
    async (request) => ok(await resumes.update(actorOf(request), request.params.id, request.body)),
  );

  app.delete('/resumes/:id', { schema: { tags, params: idParamSchema } }, async (request, reply) => {
    await resumes.remove(actorOf(request), request.params.id);
    return reply.status(204).send();
  });

  app.post(
    '/resumes/:id/duplicate',
    { schema: { tags, params: idParamSchema, response: { 201: one } } },
    async (request, reply) => reply.status(201).send(ok(await resumes.duplicate(actorOf(request), request.params.id))),
  );

  app.post(
    '/resumes/:id/default',
    { schema: { tags, params: idParamSchema, response: { 200: one } } },
    async (request) => ok(await resumes.setDefault(actorOf(request), request.params.id)),
  );

  app.get(
    '/resumes/:id/versions',
    {
      schema: {
        tags,
        params: idParamSchema,
        querystring: listResumeVersionsQuerySchema,
        response: { 200: listSchema(resumeVersionSummarySchema) },
      },
    },
    async (request) => {
      const { items, total } = await resumes.versions(actorOf(request), request.params.id, request.query);
      return list(items, { page: request.query.page, limit: request.query.limit, total });
    },
  );

  app.get(
    '/resumes/:id/versions/:versionId',
    { schema: { tags, params: resumeVersionParamsSchema, response: { 200: successSchema(resumeVersionSchema) } } },
    async (request) => ok(await resumes.version(actorOf(request), request.params.id, request.params.versionId)),
  );

  app.post(
    '/resumes/:id/versions/:versionId/restore',
    { schema: { tags, params: resumeVersionParamsSchema, response: { 200: one } } },
    async (request) => ok(await resumes.restore(actorOf(request), request.params.id, request.params.versionId)),
  );

  app.get(
    '/resumes/:id/diff',
    {
      schema: {
        tags,
        params: idParamSchema,
        querystring: resumeDiffQuerySchema,
        response: { 200: successSchema(resumeDiffSchema) },
      },
    },
    async (request) => ok(await resumes.diff(actorOf(request), request.params.id, request.query)),
  );
};
