import {
  applicationTagParamsSchema,
  applicationTagSchema,
  createTagSchema,
  idParamSchema,
  listedTagSchema,
  successSchema,
  tagSchema,
  updateTagSchema,
} from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '#platform/http/auth.ts';
import { ok } from '#platform/http/envelope.ts';
import type { TagsService } from './tags.service.ts';

const tags = ['tags'];
const one = successSchema(tagSchema);
const ofApplication = successSchema(z.array(applicationTagSchema));

export const tagsRoutes: FastifyPluginAsyncZod<{ tagsService: TagsService }> = async (app, { tagsService }) => {
  app.get('/tags', { schema: { tags, response: { 200: successSchema(z.array(listedTagSchema)) } } }, async (request) =>
    ok(await tagsService.list(actorOf(request))),
  );

  app.post('/tags', { schema: { tags, body: createTagSchema, response: { 201: one } } }, async (request, reply) =>
    reply.status(201).send(ok(await tagsService.create(actorOf(request), request.body))),
  );

  app.patch(
    '/tags/:id',
    { schema: { tags, params: idParamSchema, body: updateTagSchema, response: { 200: one } } },
    async (request) => ok(await tagsService.update(actorOf(request), request.params.id, request.body)),
  );

  app.delete('/tags/:id', { schema: { tags, params: idParamSchema } }, async (request, reply) => {
    await tagsService.remove(actorOf(request), request.params.id);
    return reply.status(204).send();
  });

  /** Attaches a tag; answers the application's tags. */
  app.put(
    '/applications/:id/tags/:tagId',
    { schema: { tags, params: applicationTagParamsSchema, response: { 200: ofApplication } } },
    async (request) => ok(await tagsService.attach(actorOf(request), request.params.id, request.params.tagId)),
  );

  /** Detaches a tag; answers the application's tags. */
  app.delete(
    '/applications/:id/tags/:tagId',
    { schema: { tags, params: applicationTagParamsSchema, response: { 200: ofApplication } } },
    async (request) => ok(await tagsService.detach(actorOf(request), request.params.id, request.params.tagId)),
  );
};
