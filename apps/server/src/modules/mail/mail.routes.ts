import {
  ErrorCode,
  listSchema,
  mailDeliverySchema,
  outboxMessageSchema,
  pageQuerySchema,
  successSchema,
} from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '#platform/errors.ts';
import { principalOf } from '#platform/http/auth.ts';
import { list, ok } from '#platform/http/envelope.ts';
import type { MailRepository } from './mail.repository.ts';
import type { MailService } from './mail.service.ts';
import type { OutboxRow } from './mail.table.ts';
import { OPERATOR_HEADER, operatorOutboxQuerySchema, tokenMatches } from './operator-access.ts';

const present = (rows: OutboxRow[]) => rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));

/**
 * The outbox: mail that would have been sent, when no SMTP server is configured (ADR 013).
 * A signed-in user sees the notices to their address, wherever the request comes from — never an account link
 * (verification, reset): a session proves nothing about owning the address it registered. All mail goes only
 * to the holder of this process's operator token (`jobpilot outbox`, read from the data directory).
 */
export const mailRoutes: FastifyPluginAsyncZod<{
  mail: MailService;
  repository: MailRepository;
}> = async (app, { mail, repository }) => {
  const noOutbox = () => new AppError(ErrorCode.NotFound, 'Mail is sent through SMTP; there is no outbox');

  // Public: the sign-in pages tell a person without a mail server where their link is.
  app.get(
    '/mail/delivery',
    { schema: { tags: ['mail'], response: { 200: successSchema(mailDeliverySchema) } }, config: { access: 'public' } },
    async () => ok({ delivery: mail.usesOutbox ? ('outbox' as const) : ('smtp' as const) }),
  );

  app.get(
    '/outbox',
    {
      schema: { tags: ['mail'], querystring: pageQuerySchema, response: { 200: listSchema(outboxMessageSchema) } },
    },
    async (request) => {
      if (!mail.usesOutbox) throw noOutbox();
      const { page, limit } = request.query;
      const { rows, total } = await repository.list({ to: principalOf(request).email, kind: 'notice', page, limit });
      return list(present(rows), { page, limit, total });
    },
  );

  // The operator token is the credential (checked below), not a session.
  app.get(
    '/operator/outbox',
    { schema: { hide: true, querystring: operatorOutboxQuerySchema }, config: { access: 'public' } },
    async (request) => {
      const given = request.headers[OPERATOR_HEADER];
      if (!tokenMatches(mail.operatorToken, typeof given === 'string' ? given : undefined)) {
        throw new AppError(ErrorCode.Unauthenticated, 'Run `npx jobpilot outbox` on the machine that runs JobPilot');
      }
      const { to, limit } = request.query;
      const { rows, total } = await repository.list({ to, page: 1, limit });
      return list(present(rows), { page: 1, limit, total });
    },
  );
};
