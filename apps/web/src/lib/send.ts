import { type ApiError, type ApiSuccess, ErrorCode } from '@jobpilot/contracts';
import { ApiRequestError, NETWORK_ERROR } from './api-client';

const BASE = '/api/v1';
const NETWORK_MESSAGE = "Can't reach JobPilot. Check your connection and try again.";
const UNEXPECTED_MESSAGE = 'JobPilot ran into a problem. Please try again in a moment.';
const TOO_LARGE_MESSAGE = 'The file is too large.';

function toError(status: number, body: unknown): ApiRequestError {
  const error = (body as Partial<ApiError> | undefined)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    return new ApiRequestError(error.code, error.message, status, error.field);
  }
  // A proxy in front of JobPilot may refuse a large upload before the API sees it.
  if (status === 413) return new ApiRequestError(ErrorCode.PayloadTooLarge, TOO_LARGE_MESSAGE, status, 'file');
  return new ApiRequestError(ErrorCode.Internal, UNEXPECTED_MESSAGE, status);
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** `PUT /api/v1<path>` with a JSON body (the shared client speaks GET, POST, PATCH and DELETE). */
export async function putJson<T>(path: string, body: unknown): Promise<ApiSuccess<T>> {
  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(NETWORK_ERROR, NETWORK_MESSAGE, 0);
  }
  const parsed = parse(await response.text());
  if (!response.ok || parsed === undefined) throw toError(response.status, parsed);
  return parsed as ApiSuccess<T>;
}

export interface UploadOptions {
  method?: 'POST' | 'PUT';
  /** Text fields sent before the file. */
  fields?: Record<string, string>;
  query?: Record<string, string>;
  /** 0–100 while the bytes go up. */
  onProgress?: (percent: number) => void;
}

/**
 * Sends one file as multipart/form-data (field `file`) to `/api/v1<path>`, reporting upload progress
 * (fetch cannot), and resolves with the success envelope or rejects with an ApiRequestError.
 */
export function uploadFile<T>(path: string, file: File, options: UploadOptions = {}): Promise<ApiSuccess<T>> {
  const form = new FormData();
  for (const [name, value] of Object.entries(options.fields ?? {})) form.append(name, value);
  form.append('file', file);
  const query = new URLSearchParams(options.query).toString();
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(options.method ?? 'POST', `${BASE}${path}${query ? `?${query}` : ''}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiRequestError(NETWORK_ERROR, NETWORK_MESSAGE, 0));
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && body !== undefined) resolve(body as ApiSuccess<T>);
      else reject(toError(xhr.status, body));
    };
    xhr.send(form);
  });
}
