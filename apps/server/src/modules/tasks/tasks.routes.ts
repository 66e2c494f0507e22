import {
  createTaskSchema,
  idParamSchema,
  listApplicationTasksQuerySchema,
  listSchema,
  listTasksQuerySchema,
  successSchema,
  taskParamsSchema,
  taskSchema,
  updateTaskSchema,
} from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { IdentityService } from '#modules/identity/identity.service.ts';
import { requireUser, userOf } from '#platform/http/auth.ts';
import { list, ok } from '#platform/http/envelope.ts';
import type { TasksService } from './tasks.service.ts';

const tags = ['tasks'];
const one = successSchema(taskSchema);

export const tasksRoutes: FastifyPluginAsyncZod<{ identity: IdentityService; tasks: TasksService }> = async (
  app,
  { identity, tasks },
) => {
  app.addHook('onRequest', requireUser(identity));

  app.get(
    '/tasks',
    { schema: { tags, querystring: listTasksQuerySchema, response: { 200: listSchema(taskSchema) } } },
    async (request) => {
      const { items, total } = await tasks.list(userOf(request).id, request.query);
      return list(items, { page: request.query.page, limit: request.query.limit, total });
    },
  );

  app.get(
    '/applications/:id/tasks',
    {
      schema: {
        tags,
        params: idParamSchema,
        querystring: listApplicationTasksQuerySchema,
        response: { 200: listSchema(taskSchema) },
      },
    },
    async (request) => {
      const { items, total } = await tasks.listForApplication(userOf(request).id, request.params.id, request.query);
      return list(items, { page: request.query.page, limit: request.query.limit, total });
    },
  );

  app.post(
    '/applications/:id/tasks',
    { schema: { tags, params: idParamSchema, body: createTaskSchema, response: { 201: one } } },
    async (request, reply) =>
      reply.status(201).send(ok(await tasks.create(userOf(request).id, request.params.id, request.body))),
  );

  app.get(
    '/applications/:id/tasks/:taskId',
    { schema: { tags, params: taskParamsSchema, response: { 200: one } } },
    async (request) => ok(await tasks.get(userOf(request).id, request.params.id, request.params.taskId)),
  );

  app.patch(
    '/applications/:id/tasks/:taskId',
    { schema: { tags, params: taskParamsSchema, body: updateTaskSchema, response: { 200: one } } },
    async (request) => {
      const { id, taskId } = request.params;
      return ok(await tasks.update(userOf(request).id, id, taskId, request.body));
    },
  );

  app.delete(
    '/applications/:id/tasks/:taskId',
    { schema: { tags, params: taskParamsSchema } },
    async (request, reply) => {
      await tasks.remove(userOf(request).id, request.params.id, request.params.taskId);
      return reply.status(204).send();
    },
  );
};
