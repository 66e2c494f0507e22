import { ErrorCode } from '@jobpilot/contracts';
import type { FastifyRequest } from 'fastify';
import type { IdentityService, SessionUser } from '#modules/identity/identity.service.ts';
import { AppError } from '#platform/errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
  }
}

/** Node's request headers as WHATWG Headers, for better-auth. */
export function toHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** Looks up the session of a request without requiring one. */
export async function optionalUser(identity: IdentityService, request: FastifyRequest) {
  request.user ??= (await identity.currentUser(request.headers)) ?? null;
  return request.user;
}

/** onRequest hook: 401 unless the request carries a valid session cookie or bearer token. */
export function requireUser(identity: IdentityService) {
  return async (request: FastifyRequest) => {
    if (!(await optionalUser(identity, request))) {
      throw new AppError(ErrorCode.Unauthenticated, 'Sign in to continue');
    }
  };
}

/** The signed-in user of a route behind `requireUser`. */
export function userOf(request: FastifyRequest): SessionUser {
  if (!request.user) throw new AppError(ErrorCode.Unauthenticated, 'Sign in to continue');
  return request.user;
}
