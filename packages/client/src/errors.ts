/** Code of an error raised when the server could not be reached at all (not one of the API's codes). */
export const NETWORK_ERROR = 'NETWORK_ERROR';
export const NETWORK_MESSAGE = "Can't reach JobPilot. Check your connection and try again.";
export const UNEXPECTED_MESSAGE = 'JobPilot ran into a problem. Please try again in a moment.';
export const TOO_LARGE_MESSAGE = 'The file is too large to upload.';

/** The error envelope of the API, as the server sends it on every 4xx and 5xx. */
export interface ErrorEnvelopeBody {
  success: false;
  error: { code: string; message: string; field?: string; details?: unknown };
  statusCode: number;
}

/**
 * An API error envelope (or a network failure) as a throwable: branch on `code`, show `message`,
 * put it beside the form field named `field`.
 *
 * @example
 * try { await unwrap(api.POST('/api/v1/auth/login', { body })); }
 * catch (e) { if (e instanceof ApiRequestError && e.code === 'INVALID_CREDENTIALS') showWrongPassword(); }
 */
export class ApiRequestError extends Error {
  readonly code: string;
  readonly status: number;
  readonly field: string | undefined;
  readonly details: unknown;

  constructor(code: string, message: string, status: number, field?: string, details?: unknown) {
    super(message);
    this.name = 'ApiRequestError';
    this.code = code;
    this.status = status;
    this.field = field;
    this.details = details;
  }
}

function isEnvelope(body: unknown): body is ErrorEnvelopeBody {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null | undefined)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

/**
 * The error for a failed answer: the envelope's code, message, field and details, or a sentence when
 * something in between (a proxy) answered without one: 413 means the upload was too large.
 *
 * @example
 * toApiError(413, '<html>Request Entity Too Large</html>').message // 'The file is too large to upload.'
 */
export function toApiError(status: number, body: unknown): ApiRequestError {
  if (isEnvelope(body)) {
    const { code, message, field, details } = body.error;
    return new ApiRequestError(code, message, status, field, details);
  }
  if (status === 413) return new ApiRequestError('PAYLOAD_TOO_LARGE', TOO_LARGE_MESSAGE, status, 'file');
  return new ApiRequestError('INTERNAL_ERROR', UNEXPECTED_MESSAGE, status);
}

/**
 * The sentence to show a person for any thrown value.
 *
 * @example
 * errorMessage(new Error('boom')) // 'JobPilot ran into a problem. Please try again in a moment.'
 */
export function errorMessage(error: unknown): string {
  return error instanceof ApiRequestError ? error.message : UNEXPECTED_MESSAGE;
}
