import { constants } from 'node:zlib';
import type { FastifyCompressOptions } from '@fastify/compress';

/**
 * Compression of the API's answers (JSON, the OpenAPI document), by the request's Accept-Encoding: brotli at a
 * moderate quality (4: most of brotli's gain at a few percent of quality 11's CPU), else gzip. Bodies under 1 KB
 * are sent as they are (the saving does not pay for the work). The web app's files are compressed at build time
 * and sent as they are (see web-app.ts); a response that already has a Content-Encoding is left alone.
 */
export const compression: FastifyCompressOptions = {
  global: true,
  threshold: 1024,
  encodings: ['br', 'gzip'],
  brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  zlibOptions: { level: 6 },
};
