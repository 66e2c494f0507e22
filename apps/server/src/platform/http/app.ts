import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import { ErrorCode } from '@jobpilot/contracts';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Config } from '#platform/config.ts';
import type { Database } from '#platform/db.ts';
import { AppError } from '#platform/errors.ts';
import type { RouteSet } from '#platform/module.ts';
import { apiDocs } from './api-docs.ts';
import { mountRouteSets, type ResolvePrincipal } from './auth.ts';
import { compressReply } from './compression.ts';
import { errorHandler } from './errors.ts';
import { openApiTransform, openApiTransformObject } from './openapi.ts';
import { refuseCrossSite } from './same-origin.ts';
import { serveWebApp } from './web-app.ts';

const REQUEST_ID = /^[\w.:-]{1,128}$/;

export interface HttpAppOptions {
  config: Config;
  log: Logger;
  database: Pick<Database, 'kind' | 'ping'>;
  /** Every module's routes, mounted under /api/v1 in this order. */
  routeSets: RouteSet[];
  resolvePrincipal: ResolvePrincipal;
  /** Whether a Cookie header carries the session cookie (cross-site checks apply to those requests only). */
  hasSessionCookie(cookie: string | undefined): boolean;
}

/** The HTTP face of JobPilot: envelope, request ids, access, docs, the modules' routes under /api/v1, the web app. */
export async function buildHttpApp(opts: HttpAppOptions) {
  const { config, database } = opts;
  const app = Fastify({
    loggerInstance: opts.log,
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
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onRequest', refuseCrossSite(config.publicUrl, opts.hasSessionCookie));

  const https = config.publicUrl.startsWith('https://');
  const csp = (scriptSrc: string[]) => ({
    directives: {
      'upgrade-insecure-requests': https ? [] : null,
      'script-src': scriptSrc,
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      // The résumé editor's print preview shows the export PDF from an object URL (blob:) in an iframe.
      'frame-src': ["'self'", 'blob:'],
    },
  });
  await app.register(helmet, { hsts: https, contentSecurityPolicy: csp(["'self'"]) });
  app.addHook('onSend', compressReply);
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
  // The Scalar reference UI runs inline scripts; only its routes may (helmet reads a route's own settings from
  // its config). It is loaded on the first visit to /api/docs.
  await app.register(apiDocs, {
    routeConfig: { helmet: { contentSecurityPolicy: csp(["'self'", "'unsafe-inline'"]) } },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/ready', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await database.ping();
      return { status: 'ready', database: database.kind };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: database.kind });
    }
  });

  await app.register((api) => mountRouteSets(api, opts.routeSets, opts.resolvePrincipal), { prefix: '/api/v1' });

  await serveWebApp(app, config.webDist);
  return app;
}

export type App = Awaited<ReturnType<typeof buildHttpApp>>;

/** A hop count trusts that many proxies nearest to us (Fastify's types take it as a function). */
function trustProxyOption(trust: boolean | number | string) {
  if (typeof trust !== 'number') return trust;
  return (_address: string, hop: number) => hop < trust;
}
