import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema.js';

export type JobPilotClient = Client<paths>;

export interface JobPilotClientOptions {
  /** Origin of the server, e.g. `https://jobs.example.org`; `''` (the default) for the page's own origin. */
  baseUrl?: string;
  /** A fetch to use instead of the global one (tests, a server-side caller, an extension's background). */
  fetch?: (request: Request) => Promise<Response>;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /**
   * A session token sent as `Authorization: Bearer …` (a browser extension, a script, a third party);
   * a function is asked before each request. Without one the browser's session cookie is used.
   */
  token?: string | (() => string | undefined | Promise<string | undefined>);
  /** Cookies: `same-origin` by default, `omit` when a token is given. */
  credentials?: RequestInit['credentials'];
}

/**
 * A typed client of the JobPilot API: every path, parameter, body and answer comes from the server's
 * OpenAPI document (src/schema.ts). Pair its calls with `unwrap` / `unwrapEnvelope` / `download`.
 *
 * @example
 * // The web app, on the same origin, signed in by its cookie:
 * const api = createJobPilotClient();
 * const me = await unwrap(api.GET('/api/v1/auth/me'));
 * // A third party with a session token:
 * const remote = createJobPilotClient({ baseUrl: 'https://jobs.example.org', token });
 * const page = await unwrapEnvelope(remote.GET('/api/v1/applications', { params: { query: { limit: 50 } } }));
 */
export function createJobPilotClient(options: JobPilotClientOptions = {}): JobPilotClient {
  const { baseUrl = '', fetch, headers, token } = options;
  const client = createClient<paths>({
    baseUrl,
    ...(fetch ? { fetch } : {}),
    headers: { accept: 'application/json', ...headers },
    querySerializer: serializeQuery,
    credentials: options.credentials ?? (token ? 'omit' : 'same-origin'),
  });
  if (token) client.use(bearer(token));
  return client;
}

/**
 * Query parameters as the server reads them: repeated for arrays (`status=a&status=b`); undefined, null
 * and empty values left out, so an empty search box sends no `q`.
 */
export function serializeQuery(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== '') params.append(name, String(one));
    }
  }
  return params.toString();
}

function bearer(token: NonNullable<JobPilotClientOptions['token']>): Middleware {
  return {
    async onRequest({ request }) {
      const value = typeof token === 'function' ? await token() : token;
      if (value) request.headers.set('authorization', `Bearer ${value}`);
      return request;
    },
  };
}

/**
 * A `bodySerializer` for multipart routes: text fields first, then the file, as the server reads them.
 *
 * @example
 * await unwrap(api.PUT('/api/v1/profile/resume', { body: { file }, bodySerializer: asFormData }));
 */
export function asFormData(body: object): FormData {
  const form = new FormData();
  const entries = Object.entries(body).filter(([, value]) => value !== undefined && value !== null);
  for (const [name, value] of entries) if (!(value instanceof Blob)) form.append(name, textOf(value));
  for (const [name, value] of entries) if (value instanceof Blob) form.append(name, value);
  return form;
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
