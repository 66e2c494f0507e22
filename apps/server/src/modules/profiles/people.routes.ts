import {
  idParamSchema,
  listSchema,
  personSchema,
  personSummarySchema,
  searchPeopleQuerySchema,
  successSchema,
} from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '#modules/files/index.ts';
import { actorOf } from '#platform/http/auth.ts';
import { list, ok } from '#platform/http/envelope.ts';
import type { ProfilesService } from './profiles.service.ts';

const tags = ['people'];

/** Other users' profiles: search by name, one profile, its résumé. */
export const peopleRoutes: FastifyPluginAsyncZod<{ profiles: ProfilesService }> = async (app, { profiles }) => {
  app.get(
    '/users',
    { schema: { tags, querystring: searchPeopleQuerySchema, response: { 200: listSchema(personSummarySchema) } } },
    async (request) => {
      const { items, total } = await profiles.search(actorOf(request), request.query);
      return list(items, { page: request.query.page, limit: request.query.limit, total });
    },
  );

  app.get(
    '/users/:id',
    { schema: { tags, params: idParamSchema, response: { 200: successSchema(personSchema) } } },
    async (request) => ok(await profiles.getPerson(actorOf(request), request.params.id)),
  );

  app.get(
    '/users/:id/resume',
    { schema: { tags, params: idParamSchema, description: 'Download the résumé of a profile you may see.' } },
    async (request, reply) => {
      const { file, stream } = await profiles.downloadResume(actorOf(request), request.params.id);
      return reply
        .header('content-type', file.contentType)
        .header('content-length', String(file.sizeBytes))
        .header('content-disposition', contentDisposition(file.filename))
        .header('cache-control', 'private, no-store')
        .send(stream);
    },
  );
};
