import { analyticsQuerySchema, analyticsSchema, dashboardSchema, successSchema } from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '#platform/http/auth.ts';
import { ok } from '#platform/http/envelope.ts';
import type { AnalyticsService } from './analytics.service.ts';
import type { DashboardService } from './dashboard.service.ts';

export const analyticsRoutes: FastifyPluginAsyncZod<{
  dashboard: DashboardService;
  analytics: AnalyticsService;
}> = async (app, { dashboard, analytics }) => {
  app.get(
    '/dashboard',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Open applications, response rate, upcoming interviews, recent applications, tasks due',
        response: { 200: successSchema(dashboardSchema) },
      },
    },
    async (request) => ok(await dashboard.get(actorOf(request))),
  );

  app.get(
    '/analytics/applications',
    {
      schema: {
        tags: ['analytics'],
        summary: 'Applications per month, status, title family and place, and the applied → interview → offer funnel',
        querystring: analyticsQuerySchema,
        response: { 200: successSchema(analyticsSchema) },
      },
    },
    async (request) => ok(await analytics.applications(actorOf(request), request.query)),
  );
};
