import multipart from '@fastify/multipart';
import { ErrorCode } from '@jobpilot/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '#platform/errors.ts';
import type { Upload } from './files.service.ts';

const TOO_LARGE = new Set(['FST_REQ_FILE_TOO_LARGE', 'FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT']);

/** Lets the routes of one plugin take a multipart upload of one file (plus a few small fields). */
export async function acceptUploads(app: FastifyInstance, maxBytes: number): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6, fieldSize: 1024 },
  });
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * The one file of a multipart request (form field `file`), read into memory, with the text fields
 * sent before it. 415 when the request is not multipart, 422 without a file, 413 past `maxBytes`.
 */
export async function readUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<Upload & { fields: Record<string, string> }> {
  if (!request.isMultipart()) {
    throw new AppError(ErrorCode.UnsupportedMediaType, 'Send the file as multipart/form-data in the field "file"');
  }
  try {
    const part = await request.file({ limits: { fileSize: maxBytes } });
    if (part?.fieldname !== 'file') {
      throw new AppError(ErrorCode.ValidationFailed, 'Choose a file to upload', { field: 'file' });
    }
    const data = await part.toBuffer();
    const fields: Record<string, string> = {};
    for (const [name, field] of Object.entries(part.fields)) {
      const one = Array.isArray(field) ? field[0] : field;
      if (one && one.type === 'field' && typeof one.value === 'string') fields[name] = one.value;
    }
    return { filename: part.filename, data, fields };
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (TOO_LARGE.has(code)) {
      throw new AppError(ErrorCode.PayloadTooLarge, `The file is larger than ${megabytes(maxBytes)}`, {
        field: 'file',
      });
    }
    throw new AppError(ErrorCode.BadRequest, 'The upload could not be read. Please try again.');
  }
}
