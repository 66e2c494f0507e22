import { ErrorCode } from '@jobpilot/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { findDatabaseError, UNSTORABLE_TEXT_SQLSTATES } from '#platform/database-error.ts';
import { AppError, notFound, validationError } from '#platform/errors.ts';
import { serializeError } from '#platform/logger.ts';

export function errorBody(err: AppError) {
  return {
    success: false as const,
    error: {
      code: err.code,
      message: err.message,
      ...(err.extra.details === undefined ? {} : { details: err.extra.details }),
      ...(err.extra.field === undefined ? {} : { field: err.extra.field }),
    },
    statusCode: err.statusCode,
    timestamp: new Date().toISOString(),
  };
}

/** Maps everything thrown inside a request to the error envelope. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) return validationError(err.issues);
  // The shared schemas refuse such text first; this catches any text that reaches the database another way.
  const dbError = findDatabaseError(err);
  if (dbError && UNSTORABLE_TEXT_SQLSTATES.has(dbError.code)) {
    return new AppError(
      ErrorCode.ValidationFailed,
      'The text holds a character that cannot be saved, such as a null byte. Remove it and try again.',
    );
  }
  const fe = err as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe)) {
    // A malformed id in the path names nothing that exists: answer as for a missing row.
    if (fe.validationContext === 'params') return notFound();
    return validationError(
      fe.validation.map((v) => ({
        path: v.instancePath.split('/').filter(Boolean),
        message: v.message ?? 'Invalid value',
      })),
    );
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError(ErrorCode.MalformedJson, 'The request body is not valid JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(ErrorCode.PayloadTooLarge, 'The request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(ErrorCode.UnsupportedMediaType, 'Send the request body as application/json');
    case 'FST_ERR_BAD_URL':
      return new AppError(ErrorCode.BadRequest, 'The address holds characters that are not valid');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError(ErrorCode.BadRequest, 'The address is too long');
    case 'FST_ERR_RATE_LIMIT_EXCEEDED':
      return new AppError(ErrorCode.RateLimited, 'Too many attempts. Wait a minute and try again.');
  }
  if (fe.statusCode === 400 && fe instanceof SyntaxError) {
    return new AppError(ErrorCode.MalformedJson, 'The request body is not valid JSON');
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new AppError(ErrorCode.BadRequest, fe.message);
  }
  return new AppError(ErrorCode.Internal, 'Something went wrong on our side. Please try again.');
}

export function errorHandler(err: unknown, request: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(err);
  // Serialized here rather than by the logger's options, so no logger can print a query's values.
  if (appError.statusCode >= 500) request.log.error({ err: serializeError(err) }, 'request failed');
  for (const [k, v] of Object.entries(appError.extra.headers ?? {})) reply.header(k, v);
  return reply.status(appError.statusCode).send(errorBody(appError));
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  const err = new AppError(ErrorCode.NotFound, `No route for ${request.method} ${request.url.split('?')[0]}`);
  return reply.status(404).send(errorBody(err));
}
