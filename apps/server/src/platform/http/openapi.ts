import type { SwaggerTransform } from '@fastify/swagger';
import { errorBodySchema } from '@jobpilot/contracts';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { UploadSpec } from './multipart.ts';

/** What a route's schema cannot say in zod: its multipart body or its file download (route `config.openapi`). */
export interface RouteDoc {
  upload?: UploadSpec;
  download?: { contentTypes: readonly string[]; description: string; binary?: boolean };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    openapi?: RouteDoc;
  }
}

/**
 * Route config that documents a multipart upload (and its JSON alternative, if the spec has one).
 *
 * @example
 * app.put('/profile/resume', { config: uploadDoc(resumeUpload), schema: { tags } }, handler);
 */
export const uploadDoc = (upload: UploadSpec): { openapi: RouteDoc } => ({ openapi: { upload } });

/**
 * Route config that documents a file download: a 200 of these content types instead of JSON.
 *
 * @example
 * app.get('/export', { config: downloadDoc(['application/json'], 'All your data'), schema: { tags } }, handler);
 */
export const downloadDoc = (contentTypes: readonly string[], description: string, binary = false) => ({
  openapi: { download: { contentTypes, description, binary } },
});

/** The error envelope is one component, `ErrorEnvelope`, referenced by every route's 4XX and 5XX. */
const registry = z.registry<{ id: string }>();
registry.add(errorBodySchema, { id: 'ErrorEnvelope' });
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorBodySchema } },
});
const zodTransform = createJsonSchemaTransform({ schemaRegistry: registry });

/** Puts the shared components (the error envelope) into the document. */
export const openApiTransformObject = createJsonSchemaTransformObject({ schemaRegistry: registry });

const multipartSchema = (spec: UploadSpec) =>
  z.toJSONSchema(z.object({ file: z.file().describe(spec.file), ...spec.fields }), { io: 'input' });

/**
 * Every route's zod schemas as JSON Schema, plus what zod does not carry: the error envelope on 4XX/5XX,
 * multipart bodies, file downloads, and 204 for a DELETE that answers nothing.
 */
export const openApiTransform: SwaggerTransform = (document) => {
  const { schema, route } = document;
  if (!schema || (schema as { hide?: boolean }).hide) return zodTransform(document);
  const doc = route.config?.openapi;
  const response = {
    ...(schema.response as object | undefined),
    '4XX': errorResponse('The request was refused: the error envelope says why (`error.code`, `error.field`).'),
    '5XX': errorResponse('The server could not answer: the error envelope says why.'),
  };
  const out = zodTransform({ ...document, schema: { ...schema, response, body: doc?.upload?.json ?? schema.body } });
  const result = { ...out.schema } as Record<string, unknown> & { response: Record<string, unknown> };
  if (doc?.upload) {
    const json = result.body ? { 'application/json': { schema: result.body } } : {};
    result.body = {
      content: { 'multipart/form-data': { schema: stripDialect(multipartSchema(doc.upload)) }, ...json },
    };
    delete result.consumes;
  }
  if (doc?.download) {
    const media = { type: 'string', ...(doc.download.binary ? { format: 'binary' } : {}) };
    result.response[200] = {
      description: doc.download.description,
      content: Object.fromEntries(doc.download.contentTypes.map((type) => [type, { schema: media }])),
    };
  }
  if (!Object.keys(result.response).some((code) => code.startsWith('2'))) {
    const methods = [route.method].flat();
    result.response[methods.includes('DELETE') ? 204 : 200] = { type: 'null', description: 'Done; no body.' };
  }
  return { schema: result, url: out.url };
};

function stripDialect(schema: Record<string, unknown>) {
  const { $schema: _dialect, ...rest } = schema;
  return rest;
}
