import type { LoggerOptions } from 'pino';
import type { Config } from './config.ts';
import { databaseErrorFacts, isDatabaseError, isFailedQuery } from './database-error.ts';

/** pino options shared by every process role; request ids come from Fastify's `genReqId`. */
export function loggerOptions(config: Pick<Config, 'logLevel' | 'env'>): LoggerOptions {
  return {
    level: config.logLevel,
    redact: [
      'req.headers.authorization',
      'req.headers.cookie',
      'req.headers["x-jobpilot-operator"]',
      'res.headers["set-cookie"]',
    ],
    serializers: { err: serializeError },
    // Errors under other keys too, e.g. better-auth's `details: [error]`.
    formatters: { log: serializeErrorsIn },
    ...(config.env === 'development' ? { transport: { target: 'pino-pretty' } } : {}),
  };
}

const MAX_CAUSES = 5;
/** Longer messages and SQL are cut, so a bulk insert's error cannot flood the log. */
const TEXT_MAX = 4000;
const REDACTED = '[redacted]';
/** Values this short are only redacted where the database quotes them, so words like "id" stay readable. */
const BARE_VALUE_MIN = 4;

export interface SerializedError {
  type: string;
  message: string;
  stack?: string;
  code?: string | number;
  statusCode?: number;
  query?: string;
  [fact: string]: unknown;
}

/**
 * An error as the log records it: type, message, stack, code and the `cause` chain, with a database error's
 * SQLSTATE, table and constraint, but never the values of a query. Drizzle's `Failed query: …\nparams: …`
 * message becomes `Failed query` with the SQL (placeholders only) as `query`, and any value that reappears in a message (PostgreSQL quotes the bad one, as in
 * `invalid input syntax for type uuid: "…"`) is replaced by `[redacted]`. Anything that is not an Error is
 * returned as it is.
 *
 * @example
 * serializeError(drizzleError)
 * // { type: 'DrizzleQueryError', message: 'Failed query', query: 'insert into "tasks" …', cause: { code: '22021', … } }
 */
export function serializeError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const redact = redactor(valuesIn(err));
  return serializeOne(err, redact, 0);
}

/** The log object with every Error among its values (or in an array value) serialized by `serializeError`. */
export function serializeErrorsIn(object: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    out[key] = Array.isArray(value) ? value.map(serializeError) : serializeError(value);
  }
  return out;
}

function serializeOne(err: Error, redact: (text: string) => string, depth: number): SerializedError {
  const type = err.constructor?.name && err.constructor.name !== 'Error' ? err.constructor.name : err.name;
  // PGlite's own error also carries the query and its params; its message is PostgreSQL's.
  const wrapper = isFailedQuery(err) && !isDatabaseError(err);
  const message = wrapper ? 'Failed query' : redact(cut(err.message));
  const out: SerializedError = { type, message };
  if (err.stack) out.stack = [`${type}: ${message}`, ...stackFrames(err.stack)].join('\n');
  if (isDatabaseError(err)) Object.assign(out, databaseErrorFacts(err), { message });
  else {
    const { code, statusCode } = err as { code?: unknown; statusCode?: unknown };
    if (typeof code === 'string' || typeof code === 'number') out.code = code;
    if (typeof statusCode === 'number') out.statusCode = statusCode;
  }
  // Drizzle sends every value as a parameter, so the SQL text itself holds placeholders only.
  if (wrapper) out.query = cut(err.query);
  if (err.cause instanceof Error && depth < MAX_CAUSES) out.cause = serializeOne(err.cause, redact, depth + 1);
  return out;
}

const cut = (text: string) => (text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX)}…` : text);

/** The `at …` lines of a stack, without its first lines (which repeat the message). */
function stackFrames(stack: string): string[] {
  return stack.split('\n').filter((line) => /^\s+at /.test(line));
}

/** Every query parameter anywhere in the cause chain (Drizzle's error and PGlite's both carry `params`). */
function valuesIn(err: Error): string[] {
  const values = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string' && value !== '') values.add(value);
    else if (typeof value === 'number' || typeof value === 'bigint') values.add(String(value));
    else if (value instanceof Date) values.add(value.toISOString());
  };
  let current: unknown = err;
  for (let depth = 0; current instanceof Error && depth <= MAX_CAUSES; depth += 1) {
    const params = (current as { params?: unknown }).params;
    if (Array.isArray(params)) for (const p of params) Array.isArray(p) ? p.forEach(add) : add(p);
    current = current.cause;
  }
  return [...values].sort((a, b) => b.length - a.length);
}

function redactor(values: string[]): (text: string) => string {
  if (values.length === 0) return (text) => text;
  return (text) =>
    values.reduce((out, value) => {
      if (!out.includes(value)) return out;
      const quoted = out.split(`"${value}"`).join(`"${REDACTED}"`);
      return value.length >= BARE_VALUE_MIN ? quoted.split(value).join(REDACTED) : quoted;
    }, text);
}
