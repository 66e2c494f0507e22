import { ErrorCode, listSchema, outboxMessageSchema, pageQuerySchema } from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { IdentityService } from '#modules/identity/identity.service.ts';
import { isLocalRequest, optionalUser } from '#platform/http/auth.ts';
import { list } from '#platform/http/envelope.ts';
import { AppError } from '#platform/http/errors.ts';
import type { MailRepository } from './mail.repository.ts';
import type { MailService } from './mail.service.ts';

/**
 * The outbox: mail that would have been sent, when no SMTP server is configured (ADR 004).
 * A signed-in user sees mail to their address; a request straight from this machine sees all of it.
 */
export const mailRoutes: FastifyPluginAsyncZod<{
  identity: IdentityService;
  mail: MailService;
  repository: MailRepository;
}> = async (app, { identity, mail, repository }) => {
  app.get(
    '/outbox',
    { schema: { tags: ['mail'], querystring: pageQuerySchema, response: { 200: listSchema(outboxMessageSchema) } } },
    async (request) => {
      if (!mail.usesOutbox) throw new AppError(ErrorCode.NotFound, 'Mail is sent through SMTP; there is no outbox');
      const local = isLocalRequest(request);
      const user = await optionalUser(identity, request);
      if (!local && !user) throw new AppError(ErrorCode.Unauthenticated, 'Sign in to see your mail');
      const { page, limit } = request.query;
      const { rows, total } = await repository.list({ to: local ? undefined : user?.email, page, limit });
      const items = rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
      return list(items, { page, limit, total });
    },
  );
};
