import {
  adminUserSchema,
  auditEntrySchema,
  idParamSchema,
  listAdminUsersQuerySchema,
  listSchema,
  pageQuerySchema,
  successSchema,
  updateAdminUserSchema,
} from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '#platform/http/auth.ts';
import { list, ok } from '#platform/http/envelope.ts';
import type { AdminService } from './admin.service.ts';

const tags = ['admin'];

/** User administration and the audit log; each route names the permission it needs (platform/access.ts). */
export const adminRoutes: FastifyPluginAsyncZod<{ admin: AdminService }> = async (app, { admin }) => {
  app.get(
    '/admin/users',
    {
      schema: { tags, querystring: listAdminUsersQuerySchema, response: { 200: listSchema(adminUserSchema) } },
      config: { access: { permission: 'users:read' } },
    },
    async (request) => {
      const { items, total } = await admin.list(actorOf(request), request.query);
      return list(items, { page: request.query.page, limit: request.query.limit, total });
    },
  );

  app.patch(
    '/admin/users/:id',
    {
      schema: {
        tags,
        params: idParamSchema,
        body: updateAdminUserSchema,
        response: { 200: successSchema(adminUserSchema) },
      },
      config: { access: { permission: 'users:manage' } },
    },
    async (request) => ok(await admin.update(actorOf(request), request.params.id, request.body)),
  );

  app.get(
    '/admin/audit-log',
    {
      schema: { tags, querystring: pageQuerySchema, response: { 200: listSchema(auditEntrySchema) } },
      config: { access: { permission: 'audit:read' } },
    },
    async (request) => {
      const { items, total } = await admin.auditLog(actorOf(request), request.query);
      return list(items, { page: request.query.page, limit: request.query.limit, total });
    },
  );
};
