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
import type { IdentityService } from '#modules/identity/identity.service.ts';
import { requireUser, userOf } from '#platform/http/auth.ts';
import { list, ok } from '#platform/http/envelope.ts';
import type { ContactsService } from './contacts.service.ts';

const tags = ['contacts'];
const one = successSchema(contactSchema);

export const contactsRoutes: FastifyPluginAsyncZod<{ identity: IdentityService; contacts: ContactsService }> = async (
  app,
  { identity, contacts },
) => {
  app.addHook('onRequest', requireUser(identity));

  app.get(
    '/contacts',
    { schema: { tags, querystring: listContactsQuerySchema, response: { 200: listSchema(contactSchema) } } },
    async (request) => {
      const { items, total } = await contacts.list(userOf(request).id, request.query);
      return list(items, { page: request.query.page, limit: request.query.limit, total });
    },
  );

  app.post(
    '/contacts',
    { schema: { tags, body: createContactSchema, response: { 201: one } } },
    async (request, reply) => reply.status(201).send(ok(await contacts.create(userOf(request).id, request.body))),
  );

  app.get('/contacts/:id', { schema: { tags, params: idParamSchema, response: { 200: one } } }, async (request) =>
    ok(await contacts.get(userOf(request).id, request.params.id)),
  );

  app.patch(
    '/contacts/:id',
    { schema: { tags, params: idParamSchema, body: updateContactSchema, response: { 200: one } } },
    async (request) => ok(await contacts.update(userOf(request).id, request.params.id, request.body)),
  );

  app.delete('/contacts/:id', { schema: { tags, params: idParamSchema } }, async (request, reply) => {
    await contacts.remove(userOf(request).id, request.params.id);
    return reply.status(204).send();
  });
};
