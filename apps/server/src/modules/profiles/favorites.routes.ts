import {
  addFavoriteSchema,
  listSchema,
  pageQuerySchema,
  personSummarySchema,
  successSchema,
  userIdParamSchema,
} from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '#platform/http/auth.ts';
import { list, ok } from '#platform/http/envelope.ts';
import type { FavoritesService } from './favorites.service.ts';

const tags = ['favorites'];
const one = successSchema(personSummarySchema);

/** The signed-in user's favourite profiles. */
export const favoritesRoutes: FastifyPluginAsyncZod<{
  favorites: FavoritesService;
}> = async (app, { favorites }) => {
  app.get(
    '/favorites',
    { schema: { tags, querystring: pageQuerySchema, response: { 200: listSchema(personSummarySchema) } } },
    async (request) => {
      const { items, total } = await favorites.list(actorOf(request), request.query);
      return list(items, { ...request.query, total });
    },
  );

  app.post(
    '/favorites',
    { schema: { tags, body: addFavoriteSchema, response: { 200: one, 201: one } } },
    async (request, reply) => {
      const { created, person } = await favorites.add(actorOf(request), request.body.userId);
      return reply.status(created ? 201 : 200).send(ok(person));
    },
  );

  app.delete('/favorites/:userId', { schema: { tags, params: userIdParamSchema } }, async (request, reply) => {
    await favorites.remove(actorOf(request), request.params.userId);
    return reply.status(204).send();
  });
};
