import {
  applicationSchema,
  createApplicationSchema,
  idParamSchema,
  listApplicationsQuerySchema,
  listSchema,
  statusChangeSchema,
  successSchema,
  updateApplicationSchema,
} from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { IdentityService } from '#modules/identity/identity.service.ts';
import { requireUser, userOf } from '#platform/http/auth.ts';
import { list, ok } from '#platform/http/envelope.ts';
import type { ApplicationsService } from './applications.service.ts';

const tags = ['applications'];
const one = successSchema(applicationSchema);

export const applicationsRoutes: FastifyPluginAsyncZod<{
  identity: IdentityService;
  applications: ApplicationsService;
}> = async (app, { identity, applications }) => {
  app.addHook('onRequest', requireUser(identity));

  app.get(
    '/applications',
    { schema: { tags, querystring: listApplicationsQuerySchema, response: { 200: listSchema(applicationSchema) } } },
    async (request) => {
      const { items, total } = await applications.list(userOf(request).id, request.query);
      return list(items, { page: request.query.page, limit: request.query.limit, total });
    },
  );

  app.post(
    '/applications',
    { schema: { tags, body: createApplicationSchema, response: { 201: one } } },
    async (request, reply) => {
      const created = await applications.create(userOf(request).id, request.body);
      return reply.status(201).send(ok(created));
    },
  );

  app.get('/applications/:id', { schema: { tags, params: idParamSchema, response: { 200: one } } }, async (request) =>
    ok(await applications.get(userOf(request).id, request.params.id)),
  );

  app.patch(
    '/applications/:id',
    { schema: { tags, params: idParamSchema, body: updateApplicationSchema, response: { 200: one } } },
    async (request) => ok(await applications.update(userOf(request).id, request.params.id, request.body)),
  );

  app.delete('/applications/:id', { schema: { tags, params: idParamSchema } }, async (request, reply) => {
    await applications.remove(userOf(request).id, request.params.id);
    return reply.status(204).send();
  });

  app.get(
    '/applications/:id/history',
    { schema: { tags, params: idParamSchema, response: { 200: successSchema(z.array(statusChangeSchema)) } } },
    async (request) => ok(await applications.history(userOf(request).id, request.params.id)),
  );
};
