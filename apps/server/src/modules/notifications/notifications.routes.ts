import {
  idParamSchema,
  listNotificationsQuerySchema,
  notificationListSchema,
  notificationPreferencesSchema,
  notificationSchema,
  readAllResultSchema,
  successSchema,
  updateNotificationPreferencesSchema,
} from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '#platform/http/auth.ts';
import { list, ok } from '#platform/http/envelope.ts';
import type { NotificationsService } from './notifications.service.ts';

const tags = ['notifications'];
const preferences = successSchema(notificationPreferencesSchema);

export const notificationsRoutes: FastifyPluginAsyncZod<{
  notifications: NotificationsService;
}> = async (app, { notifications }) => {
  app.get(
    '/notifications',
    { schema: { tags, querystring: listNotificationsQuerySchema, response: { 200: notificationListSchema } } },
    async (request) => {
      const { items, total, unreadCount } = await notifications.list(actorOf(request), request.query);
      return { ...list(items, { page: request.query.page, limit: request.query.limit, total }), unreadCount };
    },
  );

  app.post(
    '/notifications/read-all',
    { schema: { tags, response: { 200: successSchema(readAllResultSchema) } } },
    async (request) => ok(await notifications.markAllRead(actorOf(request))),
  );

  app.post(
    '/notifications/:id/read',
    { schema: { tags, params: idParamSchema, response: { 200: successSchema(notificationSchema) } } },
    async (request) => ok(await notifications.markRead(actorOf(request), request.params.id)),
  );

  app.get('/notification-preferences', { schema: { tags, response: { 200: preferences } } }, async (request) =>
    ok(await notifications.preferences(actorOf(request))),
  );

  app.put(
    '/notification-preferences',
    { schema: { tags, body: updateNotificationPreferencesSchema, response: { 200: preferences } } },
    async (request) => ok(await notifications.updatePreferences(actorOf(request), request.body)),
  );
};
