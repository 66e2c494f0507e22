import {
  createInterviewSchema,
  idParamSchema,
  interviewSchema,
  listInterviewsQuerySchema,
  listSchema,
  successSchema,
  updateInterviewSchema,
} from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '#platform/http/auth.ts';
import { sendDownload } from '#platform/http/download.ts';
import { list, ok } from '#platform/http/envelope.ts';
import { downloadDoc } from '#platform/http/openapi.ts';
import type { CalendarService } from './calendar.service.ts';
import type { InterviewsService } from './interviews.service.ts';

const tags = ['interviews'];
const one = successSchema(interviewSchema);
export const ICS_TYPE = 'text/calendar; charset=utf-8';

export const interviewsRoutes: FastifyPluginAsyncZod<{
  interviews: InterviewsService;
  calendar: CalendarService;
}> = async (app, { interviews, calendar }) => {
  app.get(
    '/interviews',
    { schema: { tags, querystring: listInterviewsQuerySchema, response: { 200: listSchema(interviewSchema) } } },
    async (request) => {
      const { items, total } = await interviews.list(actorOf(request), request.query);
      return list(items, { page: request.query.page, limit: request.query.limit, total });
    },
  );

  app.get(
    '/interviews/calendar.ics',
    {
      config: downloadDoc([ICS_TYPE], 'An iCalendar file.'),
      schema: { tags, description: 'Your interviews and open tasks with a due date, as iCalendar (RFC 5545).' },
    },
    async (request, reply) => {
      const body = await calendar.calendarOf(actorOf(request));
      return sendDownload(reply, { filename: 'jobpilot-interviews.ics', contentType: ICS_TYPE, body });
    },
  );

  app.post(
    '/interviews',
    { schema: { tags, body: createInterviewSchema, response: { 201: one } } },
    async (request, reply) => reply.status(201).send(ok(await interviews.create(actorOf(request), request.body))),
  );

  app.get('/interviews/:id', { schema: { tags, params: idParamSchema, response: { 200: one } } }, async (request) =>
    ok(await interviews.get(actorOf(request), request.params.id)),
  );

  app.patch(
    '/interviews/:id',
    { schema: { tags, params: idParamSchema, body: updateInterviewSchema, response: { 200: one } } },
    async (request) => ok(await interviews.update(actorOf(request), request.params.id, request.body)),
  );

  app.delete('/interviews/:id', { schema: { tags, params: idParamSchema } }, async (request, reply) => {
    await interviews.remove(actorOf(request), request.params.id);
    return reply.status(204).send();
  });
};
