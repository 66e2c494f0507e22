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
import { actorOf } from '#platform/http/auth.ts';
import { list, ok } from '#platform/http/envelope.ts';
import type { TasksService } from './tasks.service.ts';

const tags = ['tasks'];
const one = successSchema(taskSchema);

export const tasksRoutes: FastifyPluginAsyncZod<{ tasks: TasksService }> = async (app, { tasks }) => {
  app.get(
    '/tasks',
    { schema: { tags, querystring: listTasksQuerySchema, response: { 200: listSchema(taskSchema) } } },
    async (request) => {
      const { items, total } = await tasks.list(actorOf(request), request.query);
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
      const { items, total } = await tasks.listForApplication(actorOf(request), request.params.id, request.query);
      return list(items, { page: request.query.page, limit: request.query.limit, total });
    },
  );

  app.post(
    '/applications/:id/tasks',
    { schema: { tags, params: idParamSchema, body: createTaskSchema, response: { 201: one } } },
    async (request, reply) =>
      reply.status(201).send(ok(await tasks.create(actorOf(request), request.params.id, request.body))),
  );

  app.get(
    '/applications/:id/tasks/:taskId',
    { schema: { tags, params: taskParamsSchema, response: { 200: one } } },
    async (request) => ok(await tasks.get(actorOf(request), request.params.id, request.params.taskId)),
  );

  app.patch(
    '/applications/:id/tasks/:taskId',
    { schema: { tags, params: taskParamsSchema, body: updateTaskSchema, response: { 200: one } } },
    async (request) => {
      const { id, taskId } = request.params;
      return ok(await tasks.update(actorOf(request), id, taskId, request.body));
    },
  );

  app.delete(
    '/applications/:id/tasks/:taskId',
    { schema: { tags, params: taskParamsSchema } },
    async (request, reply) => {
      await tasks.remove(actorOf(request), request.params.id, request.params.taskId);
      return reply.status(204).send();
    },
  );
};
