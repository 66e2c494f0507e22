import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import {
  brotliCompress,
  brotliCompressSync,
  constants,
  createBrotliCompress,
  createGzip,
  gzip,
  gzipSync,
} from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Bodies under this are sent as they are: the saving does not pay for the work. */
export const COMPRESS_MIN_BYTES = 1024;
/** Up to this a body is compressed in place (≤ ~1 ms); a larger one on libuv's thread pool. */
const SYNC_MAX_BYTES = 256 * 1024;
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml|[\w.+-]+\+(?:json|xml))|image\/svg\+xml)/i;
/** Brotli 4: most of brotli's gain at a few percent of quality 11's CPU; gzip 6, zlib's default. */
const BROTLI_QUALITY = 4;
const GZIP_LEVEL = 6;

type Encoding = 'br' | 'gzip';

const brotliParams = (size: number) => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: size },
});
const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The encoding to answer in from an Accept-Encoding header: brotli, then gzip, unless refused with `q=0`. */
export function chooseEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return undefined;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q.set(name.trim(), weight ? Number(weight.slice(2)) || 0 : 1);
  }
  const accepts = (name: Encoding) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return undefined;
}

function addVary(reply: FastifyReply): void {
  const vary = reply.getHeader('vary');
  const current = Array.isArray(vary) ? vary.join(', ') : String(vary ?? '');
  if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(current)) {
    reply.header('vary', current ? `${current}, Accept-Encoding` : 'Accept-Encoding');
  }
}

async function compressBody(body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (body.length <= SYNC_MAX_BYTES) {
    return encoding === 'br'
      ? brotliCompressSync(body, brotliParams(body.length))
      : gzipSync(body, { level: GZIP_LEVEL });
  }
  return encoding === 'br' ? brotliAsync(body, brotliParams(body.length)) : gzipAsync(body, { level: GZIP_LEVEL });
}

/**
 * An onSend hook: compresses the API's answers (JSON, the OpenAPI document) and any text file the build did not, by the request's
 * Accept-Encoding: brotli, else gzip. A body in memory is compressed in one synchronous call with its size as a
 * hint (~60 µs for a 14 KB list page), not through a zlib stream per response, which cost ~4× the CPU with
 * `@fastify/compress` (ADR 038). Web-app files already compressed at build time carry their Content-Encoding and
 * are left alone (web-app.ts).
 */
export async function compressReply(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (payload === null || payload === undefined || reply.statusCode === 204 || reply.statusCode === 304) return payload;
  if (reply.getHeader('content-encoding')) return payload;
  const type = String(reply.getHeader('content-type') ?? '');
  if (!COMPRESSIBLE.test(type)) return payload;
  addVary(reply);
  const encoding = chooseEncoding(request.headers['accept-encoding']);
  if (!encoding) return payload;

  if (payload instanceof Readable) {
    const length = Number(reply.getHeader('content-length'));
    if (Number.isFinite(length) && length < COMPRESS_MIN_BYTES) return payload;
    reply.header('content-encoding', encoding).removeHeader('content-length');
    const stream = encoding === 'br' ? createBrotliCompress() : createGzip({ level: GZIP_LEVEL });
    stream.on('error', () => payload.destroy());
    return payload.pipe(stream);
  }
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
  const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
  if (body.length < COMPRESS_MIN_BYTES) return payload;
  const compressed = await compressBody(body, encoding);
  reply.header('content-encoding', encoding).removeHeader('content-length');
  return compressed;
}
