import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import Fastify from 'fastify';

const PREFIX = '/api/docs';
/** Hop-by-hop and length headers the outer reply sets itself. */
const SKIPPED = new Set(['content-length', 'connection', 'transfer-encoding', 'keep-alive', 'date']);

/**
 * The Scalar API reference at /api/docs, loaded on its first visit. Its package is one 4 MB module that costs
 * about 34 MB of memory once imported, which an idle server should not carry for a page few people open: the
 * routes here build a small Fastify app with Scalar the first time and answer through it.
 */
export const apiDocs: FastifyPluginAsync<{ routeConfig: Record<string, unknown> }> = async (app, { routeConfig }) => {
  let docs: Promise<FastifyInstance> | undefined;
  const load = async () => {
    const { default: scalar } = await import('@scalar/fastify-api-reference');
    const inner = Fastify({ logger: false });
    // Its default fonts come from fonts.scalar.com, which font-src does not allow.
    await inner.register(scalar, {
      routePrefix: PREFIX,
      configuration: { url: '/api/openapi.json', withDefaultFonts: false },
    });
    await inner.ready();
    return inner;
  };
  const answer = async (request: FastifyRequest, reply: FastifyReply) => {
    docs ??= load().catch((err) => {
      docs = undefined;
      throw err;
    });
    const inner = await docs;
    const res = await inner.inject({
      method: 'GET',
      url: request.url,
      headers: { accept: request.headers.accept ?? '*/*' },
    });
    for (const [name, value] of Object.entries(res.headers)) {
      if (value !== undefined && !SKIPPED.has(name)) reply.header(name, value);
    }
    return reply.status(res.statusCode).send(res.rawPayload);
  };
  const options = { schema: { hide: true }, config: routeConfig };
  app.get(PREFIX, options, answer);
  app.get(`${PREFIX}/*`, options, answer);
};
