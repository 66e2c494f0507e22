import { type ApiError, type ApiList, type ApiSuccess, ErrorCode } from '@jobpilot/contracts';

const BASE = '/api/v1';

/** Code used when the server could not be reached at all (not one of the API's codes). */
export const NETWORK_ERROR = 'NETWORK_ERROR';
const NETWORK_MESSAGE = "Can't reach JobPilot. Check your connection and try again.";
const UNEXPECTED_MESSAGE = 'JobPilot ran into a problem. Please try again in a moment.';

/** An API error envelope (or a network failure) as a throwable; branch on `code`, show `message`. */
export class ApiRequestError extends Error {
  readonly code: string;
  readonly status: number;
  readonly field: string | undefined;

  constructor(code: string, message: string, status: number, field?: string) {
    super(message);
    this.name = 'ApiRequestError';
    this.code = code;
    this.status = status;
    this.field = field;
  }
}

export type QueryValue = string | number | readonly string[] | undefined;
export type Query = Record<string, QueryValue>;

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      for (const item of value) params.append(key, item);
    } else {
      params.set(key, String(value));
    }
  }
  const search = params.toString();
  return `${BASE}${path}${search ? `?${search}` : ''}`;
}

async function parseJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function toError(response: Response, body: unknown): ApiRequestError {
  const error = (body as Partial<ApiError> | undefined)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiRequestError(error.code, error.message, response.status, error.field);
  }
  return new ApiRequestError(ErrorCode.Internal, UNEXPECTED_MESSAGE, response.status);
}

async function request<T>(method: string, path: string, options: { body?: unknown; query?: Query } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      credentials: 'same-origin',
      headers:
        options.body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiRequestError(NETWORK_ERROR, NETWORK_MESSAGE, 0);
  }
  if (response.status === 204) return undefined as T;
  const body = await parseJson(response);
  if (!response.ok || body === undefined) throw toError(response, body);
  return body as T;
}

/** Typed calls to `/api/v1`; paths are relative to it, e.g. `api.get<User>('/auth/me')`. */
export const api = {
  get: <T>(path: string, query?: Query) => request<ApiSuccess<T>>('GET', path, { query }),
  list: <T>(path: string, query?: Query) => request<ApiList<T>>('GET', path, { query }),
  post: <T>(path: string, body: unknown = {}) => request<ApiSuccess<T>>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => request<ApiSuccess<T>>('PATCH', path, { body }),
  delete: (path: string) => request<void>('DELETE', path),
};

/** The message to show a person for any thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiRequestError ? error.message : UNEXPECTED_MESSAGE;
}
