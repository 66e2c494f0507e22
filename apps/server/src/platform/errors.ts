import { ERROR_STATUS, ErrorCode } from '@jobpilot/contracts';

/** The one error type services throw: a stable code, a message a person can read, optional field and details. */
export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly extra: { field?: string; details?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get statusCode(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = 'Resource') => new AppError(ErrorCode.NotFound, `${what} not found`);

/** Turns a zod failure into a 422 naming the first failing field. */
export function validationError(issues: { path: PropertyKey[]; message: string }[]): AppError {
  const first = issues[0];
  const field = first?.path.filter((p) => typeof p !== 'symbol').join('.') || undefined;
  const details = issues.map((i) => ({ field: i.path.map(String).join('.') || null, message: i.message }));
  return new AppError(ErrorCode.ValidationFailed, first?.message ?? 'Invalid input', {
    field,
    details,
  });
}
