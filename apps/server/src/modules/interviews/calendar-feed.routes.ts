import { calendarFeedSchema, successSchema } from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '#platform/http/auth.ts';
import { sendDownload } from '#platform/http/download.ts';
import { ok } from '#platform/http/envelope.ts';
import { downloadDoc } from '#platform/http/openapi.ts';
import type { CalendarService } from './calendar.service.ts';
import { ICS_TYPE } from './interviews.routes.ts';

const tags = ['calendar'];
const one = successSchema(calendarFeedSchema);

/** Show, create or rotate, and revoke the private subscription URL (signed in). */
export const calendarFeedRoutes: FastifyPluginAsyncZod<{
  calendar: CalendarService;
}> = async (app, { calendar }) => {
  app.get('/calendar-feed', { schema: { tags, response: { 200: one } } }, async (request) =>
    ok(await calendar.feed(actorOf(request))),
  );

  app.post('/calendar-feed', { schema: { tags, response: { 201: one } } }, async (request, reply) =>
    reply
      .status(201)
      .send(ok(await calendar.createFeed(actorOf(request)), 'Copy this address now: it is shown only once.')),
  );

  app.delete('/calendar-feed', { schema: { tags } }, async (request, reply) => {
    await calendar.revokeFeed(actorOf(request));
    return reply.status(204).send();
  });
};

/** The subscription itself: no session, the secret token in the path is the credential. */
export const publicCalendarRoutes: FastifyPluginAsyncZod<{ calendar: CalendarService }> = async (app, { calendar }) => {
  app.get(
    '/calendar/:file',
    {
      schema: {
        tags,
        description: 'The private calendar feed, `/calendar/<token>.ics`; 404 for an unknown or revoked token.',
        params: z.object({ file: z.string().regex(/\.ics$/) }),
        security: [],
      },
      config: { rateLimit: { max: 120, timeWindow: 60_000 }, ...downloadDoc([ICS_TYPE], 'An iCalendar feed.') },
      // The token is in the path: keep it out of the per-request info log lines.
      logLevel: 'warn',
    },
    async (request, reply) =>
      sendDownload(reply, {
        filename: 'jobpilot-interviews.ics',
        contentType: ICS_TYPE,
        disposition: 'inline',
        cacheControl: 'private, max-age=300',
        body: await calendar.calendarForToken(request.params.file.slice(0, -'.ics'.length)),
      }),
  );
};
