import { type ApiError, type ApiSuccess, type CsvImportOptions, ErrorCode } from '@jobpilot/contracts';
import { ApiRequestError, NETWORK_ERROR } from '#lib/api-client';

const BASE = '/api/v1';
const NETWORK_MESSAGE = "Can't reach JobPilot. Check your connection and try again.";
const UNEXPECTED_MESSAGE = 'JobPilot ran into a problem. Please try again in a moment.';

/** The CSV to import: a file the person chose (sent as it is, so the server reads its encoding) or pasted text. */
export type ImportSource = { kind: 'file'; file: File } | { kind: 'text'; text: string };

async function errorOf(response: Response): Promise<ApiRequestError> {
  const body = (await response.json().catch(() => undefined)) as Partial<ApiError> | undefined;
  const error = body?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiRequestError(error.code, error.message, response.status, error.field);
  }
  return new ApiRequestError(ErrorCode.Internal, UNEXPECTED_MESSAGE, response.status);
}

async function send(path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, { credentials: 'same-origin', ...init });
  } catch {
    throw new ApiRequestError(NETWORK_ERROR, NETWORK_MESSAGE, 0);
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

/**
 * `POST /applications/import…` with a chosen file (multipart: `file` + `options` as JSON) or pasted
 * text (JSON `{ csv, …options }`).
 */
export async function postImport<T>(path: string, source: ImportSource, options: CsvImportOptions): Promise<T> {
  let init: RequestInit;
  if (source.kind === 'file') {
    const form = new FormData();
    form.append('options', JSON.stringify(options));
    form.append('file', source.file);
    init = { method: 'POST', body: form, headers: { accept: 'application/json' } };
  } else {
    init = {
      method: 'POST',
      body: JSON.stringify({ csv: source.text, ...options }),
      headers: { 'content-type': 'application/json', accept: 'application/json' },
    };
  }
  const response = await send(path, init);
  return ((await response.json()) as ApiSuccess<T>).data;
}

/** Fetches a file the API offers as a download and lets the browser save it under the server's file name. */
export async function downloadFile(path: string, fallbackName: string): Promise<string> {
  const response = await send(path, { method: 'GET' });
  const disposition = response.headers.get('content-disposition') ?? '';
  const filename = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return filename;
}
