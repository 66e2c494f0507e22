/**
 * What PostgreSQL (node-postgres or PGlite) says about a statement it refused. These fields name the schema
 * objects involved, never the statement's values; `detail` and `where`, which can quote values, are left out.
 */
export interface DatabaseErrorFacts {
  code: string;
  message: string;
  severity?: string;
  schema?: string;
  table?: string;
  column?: string;
  constraint?: string;
  dataType?: string;
  routine?: string;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
const FACT_KEYS = ['severity', 'schema', 'table', 'column', 'constraint', 'dataType', 'routine'] as const;
const MAX_DEPTH = 8;

/** SQLSTATEs for text the database cannot store: a NUL (`22021` invalid byte sequence) or `22P05` untranslatable. */
export const UNSTORABLE_TEXT_SQLSTATES: ReadonlySet<string> = new Set(['22021', '22P05']);

/** True for an error PostgreSQL raised itself: a SQLSTATE `code` and a `severity`. */
export function isDatabaseError(err: unknown): err is Error & { code: string; severity: string } {
  if (!(err instanceof Error)) return false;
  const { code, severity } = err as { code?: unknown; severity?: unknown };
  return typeof code === 'string' && SQLSTATE.test(code) && typeof severity === 'string';
}

/**
 * The PostgreSQL error behind `err`: `err` itself, or the first one in its `cause` chain (Drizzle wraps it in a
 * `DrizzleQueryError` whose message holds the query's parameters).
 *
 * @example
 * findDatabaseError(drizzleError)?.code // '22021'
 */
export function findDatabaseError(err: unknown): DatabaseErrorFacts | undefined {
  let current: unknown = err;
  for (let depth = 0; current instanceof Error && depth < MAX_DEPTH; depth += 1) {
    if (isDatabaseError(current)) return databaseErrorFacts(current);
    current = current.cause;
  }
  return undefined;
}

/** The fields of a PostgreSQL error that are safe to log (see `DatabaseErrorFacts`). */
export function databaseErrorFacts(err: Error & { code: string }): DatabaseErrorFacts {
  const facts: DatabaseErrorFacts = { code: err.code, message: err.message };
  const source = err as unknown as Record<string, unknown>;
  for (const key of FACT_KEYS) {
    const value = source[key];
    if (typeof value === 'string' && value !== '') facts[key] = value;
  }
  return facts;
}

/** Drizzle's wrapper around a failed statement: the SQL, its parameters and the driver's error as `cause`. */
export function isFailedQuery(err: unknown): err is Error & { query: string; params: unknown[] } {
  if (!(err instanceof Error)) return false;
  const { query, params } = err as { query?: unknown; params?: unknown };
  return typeof query === 'string' && Array.isArray(params);
}
