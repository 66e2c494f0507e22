import { createSavedViewSchema, idParamSchema, savedViewSchema, successSchema } from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '#platform/http/auth.ts';
import { ok } from '#platform/http/envelope.ts';
import type { SavedViewsService } from './saved-views.service.ts';

const tags = ['saved views'];
const one = successSchema(savedViewSchema);

export const savedViewsRoutes: FastifyPluginAsyncZod<{ savedViews: SavedViewsService }> = async (
  app,
  { savedViews },
) => {
  app.get(
    '/saved-views',
    { schema: { tags, response: { 200: successSchema(z.array(savedViewSchema)) } } },
    async (request) => ok(await savedViews.list(actorOf(request))),
  );

  app.post(
    '/saved-views',
    { schema: { tags, body: createSavedViewSchema, response: { 201: one } } },
    async (request, reply) => reply.status(201).send(ok(await savedViews.create(actorOf(request), request.body))),
  );

  app.get('/saved-views/:id', { schema: { tags, params: idParamSchema, response: { 200: one } } }, async (request) =>
    ok(await savedViews.get(actorOf(request), request.params.id)),
  );

  app.delete('/saved-views/:id', { schema: { tags, params: idParamSchema } }, async (request, reply) => {
    await savedViews.remove(actorOf(request), request.params.id);
    return reply.status(204).send();
  });
};
