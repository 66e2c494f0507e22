import {
  applicationSchema,
  applicationWorkspaceSchema,
  createApplicationSchema,
  idParamSchema,
  listApplicationsQuerySchema,
  listSchema,
  moveApplicationSchema,
  statusChangeSchema,
  successSchema,
  updateApplicationSchema,
} from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '#platform/http/auth.ts';
import { list, ok } from '#platform/http/envelope.ts';
import type { ApplicationsService } from './applications.service.ts';
import type { WorkspaceService } from './workspace.service.ts';

const tags = ['applications'];
const one = successSchema(applicationSchema);

export const applicationsRoutes: FastifyPluginAsyncZod<{
  applications: ApplicationsService;
  workspace: WorkspaceService;
}> = async (app, { applications, workspace }) => {
  app.get(
    '/applications',
    { schema: { tags, querystring: listApplicationsQuerySchema, response: { 200: listSchema(applicationSchema) } } },
    async (request) => {
      const { items, total } = await applications.list(actorOf(request), request.query);
      return list(items, { page: request.query.page, limit: request.query.limit, total });
    },
  );

  app.post(
    '/applications',
    { schema: { tags, body: createApplicationSchema, response: { 201: one } } },
    async (request, reply) => {
      const created = await applications.create(actorOf(request), request.body);
      return reply.status(201).send(ok(created));
    },
  );

  app.get('/applications/:id', { schema: { tags, params: idParamSchema, response: { 200: one } } }, async (request) =>
    ok(await applications.get(actorOf(request), request.params.id)),
  );

  app.patch(
    '/applications/:id',
    { schema: { tags, params: idParamSchema, body: updateApplicationSchema, response: { 200: one } } },
    async (request) => ok(await applications.update(actorOf(request), request.params.id, request.body)),
  );

  app.delete('/applications/:id', { schema: { tags, params: idParamSchema } }, async (request, reply) => {
    await applications.remove(actorOf(request), request.params.id);
    return reply.status(204).send();
  });

  app.get(
    '/applications/:id/history',
    { schema: { tags, params: idParamSchema, response: { 200: successSchema(z.array(statusChangeSchema)) } } },
    async (request) => ok(await applications.history(actorOf(request), request.params.id)),
  );

  app.get(
    '/applications/:id/workspace',
    { schema: { tags, params: idParamSchema, response: { 200: successSchema(applicationWorkspaceSchema) } } },
    async (request) => ok(await workspace.get(actorOf(request), request.params.id)),
  );

  app.post(
    '/applications/:id/move',
    { schema: { tags, params: idParamSchema, body: moveApplicationSchema, response: { 200: one } } },
    async (request) => ok(await applications.move(actorOf(request), request.params.id, request.body.afterId)),
  );
};
