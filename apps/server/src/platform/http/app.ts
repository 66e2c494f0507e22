import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { ErrorCode } from '@jobpilot/contracts';
import scalar from '@scalar/fastify-api-reference';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { analyticsRoutes } from '#modules/analytics/analytics.routes.ts';
import { applicationsRoutes } from '#modules/applications/applications.routes.ts';
import { contactFilesRoutes } from '#modules/contacts/contact-files.routes.ts';
import { contactsRoutes } from '#modules/contacts/contacts.routes.ts';
import { identityRoutes } from '#modules/identity/identity.routes.ts';
import { calendarFeedRoutes, publicCalendarRoutes } from '#modules/interviews/calendar-feed.routes.ts';
import { interviewsRoutes } from '#modules/interviews/interviews.routes.ts';
import { mailRoutes } from '#modules/mail/mail.routes.ts';
import { notificationsRoutes } from '#modules/notifications/notifications.routes.ts';
import { favoritesRoutes } from '#modules/profiles/favorites.routes.ts';
import { peopleRoutes } from '#modules/profiles/people.routes.ts';
import { profileRoutes } from '#modules/profiles/profiles.routes.ts';
import { tasksRoutes } from '#modules/tasks/tasks.routes.ts';
import { transferRoutes } from '#modules/transfer/transfer.routes.ts';
import type { Context } from '../context.ts';
import { AppError, errorHandler, notFoundHandler } from './errors.ts';
import { openApiTransform, openApiTransformObject } from './openapi.ts';
import { refuseCrossSite } from './same-origin.ts';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The HTTP face of JobPilot: envelope, request ids, docs, /api/v1 modules and the web app. */
export async function buildApp(ctx: Context) {
  const { config, identity } = ctx;
  const app = Fastify({
    loggerInstance: ctx.log,
    bodyLimit: config.bodyLimit,
    trustProxy: trustProxyOption(config.trustProxy),
    requestIdHeader: false,
    // Errors the router raises before any hook (a URL that is not valid UTF-8, a path segment past the
    // router's limit) answer in the same envelope as every other error.
    frameworkErrors: errorHandler,
    genReqId: (req) => {
      const sent = req.headers['x-request-id'];
      return typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  // The API speaks JSON only: any other body is 415 rather than a string that fails validation.
  app.removeContentTypeParser('text/plain');
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onRequest', refuseCrossSite(config.publicUrl));

  const https = config.publicUrl.startsWith('https://');
  const csp = (scriptSrc: string[]) => ({
    directives: {
      'upgrade-insecure-requests': https ? [] : null,
      'script-src': scriptSrc,
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
    },
  });
  await app.register(helmet, { hsts: https, contentSecurityPolicy: csp(["'self'"]) });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, context) =>
      new AppError(ErrorCode.RateLimited, `Too many attempts. Try again in ${Math.ceil(context.ttl / 1000)} s.`, {
        headers: { 'retry-after': String(Math.ceil(context.ttl / 1000)) },
      }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'JobPilot API', version: '1.0.0', description: 'Track the whole job search.' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'jobpilot.session_token' },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  await app.register(async (docs) => {
    // The Scalar reference UI runs inline scripts; only its routes may. Helmet reads a route's own
    // settings from its config (its `helmet` route option is copied there before this hook runs).
    const docsHelmet = { contentSecurityPolicy: csp(["'self'", "'unsafe-inline'"]) };
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, helmet: docsHelmet } as typeof route.config;
    });
    await docs.register(scalar, {
      routePrefix: '/api/docs',
      // Its default fonts come from fonts.scalar.com, which font-src does not allow.
      configuration: { url: '/api/openapi.json', withDefaultFonts: false },
    });
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/ready', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await ctx.database.ping();
      return { status: 'ready', database: ctx.database.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: ctx.database.kind });
    }
  });

  const rate = { max: config.authRateLimit.max, timeWindow: config.authRateLimit.windowMs };
  await app.register(
    async (api) => {
      await api.register(identityRoutes, { identity, rateLimit: rate });
      await api.register(applicationsRoutes, { identity, applications: ctx.applications });
      await api.register(contactsRoutes, { identity, contacts: ctx.contacts });
      await api.register(contactFilesRoutes, { identity, importer: ctx.contactImport, exporter: ctx.contactExport });
      await api.register(profileRoutes, { identity, profiles: ctx.profiles });
      await api.register(peopleRoutes, { identity, profiles: ctx.profiles });
      await api.register(favoritesRoutes, { identity, favorites: ctx.favorites });
      await api.register(analyticsRoutes, { identity, dashboard: ctx.dashboard, analytics: ctx.analytics });
      await api.register(mailRoutes, { identity, mail: ctx.mail, repository: ctx.mailRepository });
      await api.register(interviewsRoutes, { identity, interviews: ctx.interviews, calendar: ctx.calendar });
      await api.register(calendarFeedRoutes, { identity, calendar: ctx.calendar });
      await api.register(publicCalendarRoutes, { calendar: ctx.calendar });
      await api.register(tasksRoutes, { identity, tasks: ctx.tasks });
      await api.register(notificationsRoutes, { identity, notifications: ctx.notifications });
      await api.register(transferRoutes, { identity, transfer: ctx.transfer });
    },
    { prefix: '/api/v1' },
  );

  await serveWebApp(app, config.webDist);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

/** A hop count trusts that many proxies nearest to us (Fastify's types take it as a function). */
function trustProxyOption(trust: boolean | number | string) {
  if (typeof trust !== 'number') return trust;
  return (_address: string, hop: number) => hop < trust;
}

/** The built web app with an index.html fallback for its client-side routes; JSON 404s for the API. */
async function serveWebApp(app: App, root: string) {
  const hasWeb = existsSync(join(root, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root, wildcard: false, index: false, maxAge: '1h' });
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const isPage = request.method === 'GET' && !/^\/api(\/|$)/.test(request.url);
    if (hasWeb && isPage) return reply.header('cache-control', 'no-cache').sendFile('index.html');
    return notFoundHandler(request, reply);
  });
}
