import {
  DOCUMENT_CONTENT_TYPES,
  idParamSchema,
  listSchema,
  personSchema,
  personSummarySchema,
  searchPeopleQuerySchema,
  successSchema,
} from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '#platform/http/auth.ts';
import { sendDownload } from '#platform/http/download.ts';
import { list, ok } from '#platform/http/envelope.ts';
import { downloadDoc } from '#platform/http/openapi.ts';
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
    {
      config: downloadDoc(Object.values(DOCUMENT_CONTENT_TYPES), 'The résumé file.', true),
      schema: { tags, params: idParamSchema, description: 'Download the résumé of a profile you may see.' },
    },
    async (request, reply) => {
      const { file, stream } = await profiles.downloadResume(actorOf(request), request.params.id);
      const { filename, contentType, sizeBytes: length } = file;
      return sendDownload(reply, { filename, contentType, length, body: stream });
    },
  );
};
