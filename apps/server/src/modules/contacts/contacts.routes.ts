import {
  contactSchema,
  createContactSchema,
  idParamSchema,
  listContactsQuerySchema,
  listSchema,
  successSchema,
  updateContactSchema,
} from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '#platform/http/auth.ts';
import { list, ok } from '#platform/http/envelope.ts';
import type { ContactsService } from './contacts.service.ts';

const tags = ['contacts'];
const one = successSchema(contactSchema);

export const contactsRoutes: FastifyPluginAsyncZod<{ contacts: ContactsService }> = async (app, { contacts }) => {
  app.get(
    '/contacts',
    { schema: { tags, querystring: listContactsQuerySchema, response: { 200: listSchema(contactSchema) } } },
    async (request) => {
      const { items, total } = await contacts.list(actorOf(request), request.query);
      return list(items, { page: request.query.page, limit: request.query.limit, total });
    },
  );

  app.post(
    '/contacts',
    { schema: { tags, body: createContactSchema, response: { 201: one } } },
    async (request, reply) => reply.status(201).send(ok(await contacts.create(actorOf(request), request.body))),
  );

  app.get('/contacts/:id', { schema: { tags, params: idParamSchema, response: { 200: one } } }, async (request) =>
    ok(await contacts.get(actorOf(request), request.params.id)),
  );

  app.patch(
    '/contacts/:id',
    { schema: { tags, params: idParamSchema, body: updateContactSchema, response: { 200: one } } },
    async (request) => ok(await contacts.update(actorOf(request), request.params.id, request.body)),
  );

  app.delete('/contacts/:id', { schema: { tags, params: idParamSchema } }, async (request, reply) => {
    await contacts.remove(actorOf(request), request.params.id);
    return reply.status(204).send();
  });
};
