import type { IncomingHttpHeaders } from 'node:http';
import { ErrorCode } from '@jobpilot/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Access, type Actor, checkAccess, type Principal } from '#platform/access.ts';
import { AppError } from '#platform/errors.ts';
import type { RouteSet } from '#platform/module.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** Who may call the route; a route set's default when the route does not say (see `mountRouteSets`). */
    access?: Access;
  }
}

/** Finds the signed-in principal of a request's credentials (cookie or bearer token), if any. */
export type ResolvePrincipal = (headers: IncomingHttpHeaders) => Promise<Principal | undefined>;

/** Node's request headers as WHATWG Headers, for better-auth. */
export function toHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * Registers each route set in its own scope whose routes default to the set's access, and the one onRequest
 * hook that applies every route's access: 401 without a session, 403 without the permission.
 */
export async function mountRouteSets(app: FastifyInstance, sets: RouteSet[], resolve: ResolvePrincipal) {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return;
    request.principal = (await resolve(request.headers)) ?? null;
    checkAccess(access, request.principal ?? undefined);
  });
  for (const set of sets) {
    await app.register(async (scope) => {
      scope.addHook('onRoute', (route) => {
        route.config = { ...route.config, access: route.config?.access ?? set.access } as typeof route.config;
      });
      await scope.register(set.plugin, set.options as never);
    });
  }
}

/** The signed-in principal of a route whose access is not public. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError(ErrorCode.Unauthenticated, 'Sign in to continue');
  return request.principal;
}

/** The actor a service call is made for: who, in which role (and organisation). */
export function actorOf(request: FastifyRequest): Actor {
  const { userId, role, organizationId } = principalOf(request);
  return organizationId === undefined ? { userId, role } : { userId, role, organizationId };
}
