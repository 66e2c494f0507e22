import {
  ErrorCode,
  forgotPasswordSchema,
  loginResultSchema,
  loginSchema,
  registerSchema,
  resetPasswordSchema,
  successSchema,
  userSchema,
  verifyEmailSchema,
} from '@jobpilot/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '#platform/errors.ts';
import { principalOf, toHeaders } from '#platform/http/auth.ts';
import { ok } from '#platform/http/envelope.ts';
import type { IdentityService } from './identity.service.ts';

const done = successSchema(z.null());
const tags = ['auth'];

export const identityRoutes: FastifyPluginAsyncZod<{
  identity: IdentityService;
  rateLimit: { max: number; timeWindow: number };
}> = async (app, { identity, rateLimit }) => {
  // The set's default is 'user' (see index.ts); the routes a signed-out person uses say 'public'.
  const open = { access: 'public' } as const;
  const limited = { rateLimit, ...open };

  app.post(
    '/auth/register',
    { schema: { tags, body: registerSchema, response: { 201: successSchema(loginResultSchema) } }, config: limited },
    async (request, reply) => {
      const { result, setCookies } = await identity.register(request.body, toHeaders(request));
      reply.header('set-cookie', setCookies);
      return reply.status(201).send(ok(result, 'Account created. Check your email to verify your address.'));
    },
  );

  app.post(
    '/auth/login',
    { schema: { tags, body: loginSchema, response: { 200: successSchema(loginResultSchema) } }, config: limited },
    async (request, reply) => {
      const { result, setCookies } = await identity.login(request.body, toHeaders(request));
      reply.header('set-cookie', setCookies);
      return ok(result);
    },
  );

  app.post('/auth/logout', { schema: { tags, response: { 200: done } }, config: open }, async (request, reply) => {
    reply.header('set-cookie', await identity.logout(toHeaders(request)));
    return ok(null, 'Signed out');
  });

  app.get('/auth/me', { schema: { tags, response: { 200: successSchema(userSchema) } } }, async (request) => {
    // The access check resolved (and cached) this session a moment ago.
    const found = await identity.currentUser(request.headers);
    if (!found) throw new AppError(ErrorCode.Unauthenticated, 'Sign in to continue');
    const { sessionId: _session, userId: _user, ...user } = found;
    return ok(user);
  });

  app.post(
    '/auth/forgot-password',
    { schema: { tags, body: forgotPasswordSchema, response: { 200: done } }, config: limited },
    async (request) => {
      await identity.forgotPassword(request.body.email);
      return ok(null, 'If an account exists for that address, we sent a link to reset the password.');
    },
  );

  app.post(
    '/auth/reset-password',
    { schema: { tags, body: resetPasswordSchema, response: { 200: done } }, config: limited },
    async (request) => {
      await identity.resetPassword(request.body.token, request.body.password);
      return ok(null, 'Password changed. Sign in with your new password.');
    },
  );

  app.post(
    '/auth/verify-email',
    { schema: { tags, body: verifyEmailSchema, response: { 200: done } }, config: open },
    async (request) => {
      await identity.verifyEmail(request.body.token, request.headers);
      return ok(null, 'Email address verified');
    },
  );

  app.post(
    '/auth/send-verification',
    { schema: { tags, response: { 200: done } }, config: { rateLimit } },
    async (request) => {
      await identity.resendVerification(principalOf(request));
      return ok(null, 'Verification email sent');
    },
  );
};
