import multipart from '@fastify/multipart';
import { CSV_IMPORT_BYTES_MAX, csvImportOptionsSchema, csvImportRequestSchema, ErrorCode } from '@jobpilot/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, validationError } from '#platform/errors.ts';
import { decodeUpload } from '#platform/text-decode.ts';
import type { ImportInput } from './transfer.service.ts';

/** A JSON body carries the CSV as text; escaping can double its size, and the options need room too. */
export const IMPORT_JSON_BODY_LIMIT = 2 * CSV_IMPORT_BYTES_MAX + 256 * 1024;
const OPTIONS_BYTES_MAX = 256 * 1024;
const TOO_LARGE = new Set(['FST_REQ_FILE_TOO_LARGE', 'FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT']);
const LIMITS = { fileSize: CSV_IMPORT_BYTES_MAX, files: 1, fields: 2, parts: 3, fieldSize: OPTIONS_BYTES_MAX };

/** Lets this plugin's routes take `multipart/form-data` (unless a parent plugin already does). */
export async function acceptCsvUploads(app: FastifyInstance): Promise<void> {
  if (!app.hasRequestDecorator('isMultipart')) await app.register(multipart, { limits: LIMITS });
}

const tooLarge = () =>
  new AppError(ErrorCode.PayloadTooLarge, `The file is larger than ${CSV_IMPORT_BYTES_MAX / 1024 / 1024} MB`, {
    field: 'file',
  });

/**
 * The CSV and choices of an import request, either JSON (`csvImportRequestSchema`) or a multipart form
 * with the file in `file` and the choices as JSON text in `options`. The file's bytes are decoded here
 * (UTF-8, UTF-16 or Windows-1252), so spreadsheets saved by any Excel import correctly.
 */
export async function readImportRequest(request: FastifyRequest): Promise<ImportInput> {
  if (!request.isMultipart()) return csvImportRequestSchema.parse(request.body ?? {});
  let csv: string | undefined;
  let options: unknown = {};
  try {
    for await (const part of request.parts({ limits: LIMITS })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'file') csv = decodeUpload(bytes);
      } else if (part.fieldname === 'options') {
        options = parseOptions(part.value);
      }
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (TOO_LARGE.has((err as { code?: string }).code ?? '')) throw tooLarge();
    throw new AppError(ErrorCode.BadRequest, 'The upload could not be read. Please try again.');
  }
  if (csv === undefined)
    throw new AppError(ErrorCode.ValidationFailed, 'Choose a CSV file to upload', { field: 'file' });
  const parsed = csvImportOptionsSchema.safeParse(options);
  if (!parsed.success) throw validationError(parsed.error.issues);
  return { csv, ...parsed.data };
}

function parseOptions(value: unknown): unknown {
  try {
    return JSON.parse(String(value));
  } catch {
    throw new AppError(ErrorCode.ValidationFailed, 'The import options are not valid JSON', { field: 'options' });
  }
}
