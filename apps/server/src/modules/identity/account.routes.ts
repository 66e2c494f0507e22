import {
  accountSessionSchema,
  accountSettingsSchema,
  changeEmailSchema,
  changePasswordResultSchema,
  changePasswordSchema,
  deleteAccountSchema,
  ErrorCode,
  idParamSchema,
  revokedSessionsSchema,
  successSchema,
} from '@jobpilot/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '#platform/errors.ts';
import { toHeaders } from '#platform/http/auth.ts';
import { ok } from '#platform/http/envelope.ts';
import type { AccountService } from './account.service.ts';
import type { IdentityService, SessionUser } from './identity.service.ts';

const done = successSchema(z.null());
const tags = ['account'];

/** The account settings routes (ADR 026); every one needs a signed-in user. */
export const accountRoutes: FastifyPluginAsyncZod<{
  account: AccountService;
  identity: IdentityService;
  rateLimit: { max: number; timeWindow: number };
}> = async (app, { account, identity, rateLimit }) => {
  // The access check resolved (and cached) this session a moment ago; the service needs its session id too.
  async function me(request: { headers: FastifyRequest['headers'] }): Promise<SessionUser> {
    const user = await identity.currentUser(request.headers);
    if (!user) throw new AppError(ErrorCode.Unauthenticated, 'Sign in to continue');
    return user;
  }

  app.get('/account', { schema: { tags, response: { 200: successSchema(accountSettingsSchema) } } }, async (request) =>
    ok(await account.settings(await me(request))),
  );

  app.post(
    '/account/password',
    {
      schema: { tags, body: changePasswordSchema, response: { 200: successSchema(changePasswordResultSchema) } },
      config: { rateLimit },
    },
    async (request, reply) => {
      const { token, setCookies } = await account.changePassword(await me(request), request.body, toHeaders(request));
      reply.header('set-cookie', setCookies);
      return ok({ token }, 'Password changed. You were signed out everywhere else.');
    },
  );

  app.post(
    '/account/email',
    { schema: { tags, body: changeEmailSchema, response: { 200: done } }, config: { rateLimit } },
    async (request) => {
      await account.changeEmail(await me(request), request.body.newEmail, toHeaders(request));
      return ok(null, `We sent a link to ${request.body.newEmail}. Your address changes once you open it.`);
    },
  );

  app.delete('/account/email', { schema: { tags, response: { 200: done } } }, async (request) => {
    await account.cancelEmailChange(await me(request));
    return ok(null, 'The change of address is cancelled');
  });

  app.get(
    '/account/sessions',
    { schema: { tags, response: { 200: successSchema(z.array(accountSessionSchema)) } } },
    async (request) => ok(await account.sessions(await me(request))),
  );

  app.delete(
    '/account/sessions/:id',
    { schema: { tags, params: idParamSchema, response: { 200: done } } },
    async (request) => {
      await account.revokeSession(await me(request), request.params.id);
      return ok(null, 'Session ended');
    },
  );

  app.post(
    '/account/sessions/revoke-others',
    { schema: { tags, response: { 200: successSchema(revokedSessionsSchema) } } },
    async (request) => {
      const revoked = await account.revokeOtherSessions(await me(request));
      return ok(
        { revoked },
        revoked === 1 ? 'Signed out of 1 other session' : `Signed out of ${revoked} other sessions`,
      );
    },
  );

  app.post(
    '/account/delete',
    { schema: { tags, body: deleteAccountSchema, response: { 200: done } }, config: { rateLimit } },
    async (request, reply) => {
      const setCookies = await account.deleteAccount(await me(request), request.body.password, toHeaders(request));
      reply.header('set-cookie', setCookies);
      return ok(null, 'Your account and everything in it has been deleted');
    },
  );
};
