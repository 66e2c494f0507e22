import { ErrorCode } from '@jobpilot/contracts';
import type { FastifyRequest } from 'fastify';
import { AppError } from '#platform/errors.ts';

const READ_ONLY = new Set(['GET', 'HEAD', 'OPTIONS']);
const OWN_SITE = new Set(['same-origin', 'none']);

/**
 * onRequest hook: a request that changes data and is authenticated by the session cookie must come from
 * the app's own pages (ADR 011). The browser's `Sec-Fetch-Site` decides when sent; otherwise `Origin`
 * must be `publicUrl`'s origin or the origin the request reached. Both headers are set by the browser
 * and cannot be set by a page. Bearer-token requests and requests without the session cookie pass: a
 * page on another site can send neither an Authorization header nor someone else's cookie by itself.
 * It runs before any body is read, so a refused upload is never parsed.
 */
export function refuseCrossSite(publicUrl: string, hasSessionCookie: (cookie: string | undefined) => boolean) {
  const own = new URL(publicUrl).origin;
  const refused = () =>
    new AppError(
      ErrorCode.CrossSiteRequest,
      `This request came from another site, so it was refused. Open JobPilot at ${own} and try again.`,
    );

  return async (request: FastifyRequest) => {
    if (READ_ONLY.has(request.method)) return;
    if (request.headers.authorization?.slice(0, 7).toLowerCase() === 'bearer ') return;
    if (!hasSessionCookie(request.headers.cookie)) return;

    const site = request.headers['sec-fetch-site'];
    if (site !== undefined) {
      if (OWN_SITE.has(String(site))) return;
      throw refused();
    }
    const origin = request.headers.origin;
    // Neither header: not a browser of this decade, so not a page acting for the person (ADR 011).
    if (origin === undefined) return;
    if (origin === own || origin === reachedAt(request)) return;
    throw refused();
  };
}

/** The origin the browser addressed: the scheme and Host of this request (as Fastify's proxy trust reads them). */
function reachedAt(request: FastifyRequest): string | undefined {
  try {
    return new URL(`${request.protocol}://${request.host}`).origin;
  } catch {
    return undefined;
  }
}
