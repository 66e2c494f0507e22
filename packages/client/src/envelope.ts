import { ApiRequestError, NETWORK_ERROR, NETWORK_MESSAGE, toApiError, UNEXPECTED_MESSAGE } from './errors.js';

/** What every openapi-fetch call settles to: `data` on success, `error` otherwise, and the raw response. */
export interface Settled<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits a call and returns its whole success body (the envelope, with `pagination` on lists and any
 * `message`), `undefined` for a 204; throws an ApiRequestError for an error envelope or a network failure.
 *
 * @example
 * const { data, pagination } = await unwrapEnvelope(api.GET('/api/v1/applications', { params: { query } }));
 */
export async function unwrapEnvelope<T>(call: Promise<Settled<T>>): Promise<T> {
  let settled: Settled<T>;
  try {
    settled = await call;
  } catch (err) {
    if ((err as { name?: string } | null)?.name === 'AbortError') throw err;
    // openapi-fetch rethrows what fetch threw (no connection) or a JSON parse error of a success body.
    if (err instanceof SyntaxError) throw new ApiRequestError('INTERNAL_ERROR', UNEXPECTED_MESSAGE, 0);
    throw new ApiRequestError(NETWORK_ERROR, NETWORK_MESSAGE, 0);
  }
  const { response } = settled;
  if (!response.ok || settled.error !== undefined) throw toApiError(response.status, settled.error);
  return settled.data as T;
}

/**
 * Awaits a call and returns the `data` of its success envelope; throws like `unwrapEnvelope`.
 *
 * @example
 * const me = await unwrap(api.GET('/api/v1/auth/me'));
 */
export async function unwrap<T>(call: Promise<Settled<T>>): Promise<T extends { data: infer D } ? D : undefined> {
  const body = await unwrapEnvelope(call);
  return (body as { data?: unknown } | undefined)?.data as T extends { data: infer D } ? D : undefined;
}

/** A downloaded file and the name the server gave it. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/**
 * The file name of a `Content-Disposition` header: the exact RFC 5987 `filename*` when there is one,
 * else the plain `filename`, else `fallback`.
 *
 * @example
 * filenameOf(`attachment; filename="Zo_.pdf"; filename*=UTF-8''Zo%C3%AB.pdf`, 'cv.pdf') // 'Zoë.pdf'
 */
export function filenameOf(disposition: string | null, fallback: string): string {
  const exact = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (exact) {
    try {
      return decodeURIComponent(exact.trim());
    } catch {}
  }
  return /filename="([^"]*)"/i.exec(disposition ?? '')?.[1] || fallback;
}

/**
 * Awaits a download made with `parseAs: 'blob'` and returns the file and its name.
 *
 * @example
 * const file = await download(api.GET('/api/v1/export', { parseAs: 'blob' }), 'jobpilot-export.json');
 */
export async function download(call: Promise<Settled<Blob>>, fallbackName: string): Promise<DownloadedFile> {
  const settled = await call.catch((err: unknown) => {
    if ((err as { name?: string } | null)?.name === 'AbortError') throw err;
    throw new ApiRequestError(NETWORK_ERROR, NETWORK_MESSAGE, 0);
  });
  const { response } = settled;
  if (!response.ok || !(settled.data instanceof Blob)) {
    // A failed download's body was read as a blob: read the envelope back out of it.
    const text = settled.error instanceof Blob ? await settled.error.text() : settled.error;
    throw toApiError(response.ok ? 500 : response.status, parseJson(text));
  }
  return { blob: settled.data, filename: filenameOf(response.headers.get('content-disposition'), fallbackName) };
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
