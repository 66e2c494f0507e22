import type { TestApp } from '#test/app.ts';

/** The part of a JSON schema (as @fastify/swagger prints zod) the walkers read. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
}

interface RawOperation {
  parameters?: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, unknown>;
  security?: unknown[];
  consumes?: string[];
}

/** One operation of the OpenAPI document, in the shape the suites need. */
export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI path, e.g. `/api/v1/applications/{id}/tasks/{taskId}`. */
  path: string;
  pathParams: string[];
  query: { name: string; schema: JsonSchema }[];
  /** The JSON request body's schema, when the operation takes JSON. */
  jsonBody?: JsonSchema;
  /** Takes a body, but not as JSON (multipart uploads, or no schema declared). */
  otherBody: boolean;
  statuses: number[];
  /** `security: []` in the document: the operation needs no session. */
  isPublic: boolean;
}

export const key = (op: Pick<Operation, 'method' | 'path'>) => `${op.method} ${op.path}`;

/** Every operation of the app's own OpenAPI document (`GET /api/openapi.json`). */
export async function readOperations(t: TestApp): Promise<Operation[]> {
  const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  if (res.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${res.statusCode}`);
  const doc = res.json<{ paths: Record<string, Record<string, RawOperation>> }>();
  const ops: Operation[] = [];
  for (const [path, byMethod] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(byMethod)) {
      const params = raw.parameters ?? [];
      const content = raw.requestBody?.content ?? {};
      ops.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        jsonBody: content['application/json']?.schema,
        otherBody: !content['application/json'] && (method === 'post' || method === 'put' || method === 'patch'),
        statuses: Object.keys(raw.responses ?? {}).map(Number),
        isPublic: Array.isArray(raw.security) && raw.security.length === 0,
      });
    }
  }
  return ops;
}

/**
 * The resource a path parameter names: the collection segment before it.
 * `/api/v1/applications/{id}/tasks/{taskId}` → `{ id: 'applications', taskId: 'tasks' }`.
 */
export function paramResources(path: string): Record<string, string> {
  const segments = path.split('/');
  const out: Record<string, string> = {};
  segments.forEach((s, i) => {
    const name = /^\{(\w+)\}$/.exec(s)?.[1];
    if (name) out[name] = segments[i - 1] ?? '';
  });
  return out;
}

/** The collection a body field refers to by its name: `applicationId(s)` → `applications`, `userId` → `users`. */
/** Fields whose name does not say what they refer to: the board move's `afterId` is the card it goes after. */
const NAMED_REFERENCES: Record<string, string> = { afterId: 'applications' };

export function referencedResource(field: string): string | undefined {
  const named = NAMED_REFERENCES[field];
  if (named) return named;
  const stem = /^(\w+?)Ids?$/.exec(field)?.[1];
  if (!stem) return undefined;
  return stem.endsWith('y') ? `${stem.slice(0, -1)}ies` : `${stem}s`;
}

/** The path with its parameters filled in (URL-encoded). */
export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  });
}
