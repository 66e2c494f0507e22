import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './app.ts';
import { notFoundHandler } from './errors.ts';

/** Files under assets/ carry a content hash in their name (Vite): a new build gives them new names. */
const HASHED = `assets${sep}`;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and unhashed files (favicon): the browser may keep them but asks first (ETag, Last-Modified). */
export const REVALIDATE = 'no-cache';

/**
 * The built web app: hashed assets cached for a year, everything else revalidated, each file sent as the `.br` or
 * `.gz` the build wrote beside it when the browser accepts that encoding, and index.html for every other page path
 * (the client-side routes). API paths and missing files under /assets answer the JSON 404.
 */
export async function serveWebApp(app: App, root: string) {
  const hasWeb = existsSync(join(root, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => {
        reply.header('cache-control', relative(root, path).startsWith(HASHED) ? IMMUTABLE : REVALIDATE);
      },
    });
  }
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    // A missing hashed file (an old build's chunk after a deploy) is a 404, not the page: the browser would
    // otherwise try to run index.html as a script and fail with a MIME-type error.
    const isPage = request.method === 'GET' && !/^\/(?:api|assets)(\/|$)/.test(request.url);
    if (hasWeb && isPage) return reply.sendFile('index.html');
    return notFoundHandler(request, reply);
  });
}
