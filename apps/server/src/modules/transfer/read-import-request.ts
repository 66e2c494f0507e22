import { CSV_IMPORT_BYTES_MAX, csvImportOptionsSchema, csvImportRequestSchema, ErrorCode } from '@jobpilot/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, validationError } from '#platform/errors.ts';
import { defineUpload, readMultipart } from '#platform/http/multipart.ts';
import { decodeUpload } from '#platform/text-decode.ts';
import type { ImportInput } from './transfer.service.ts';

/** A JSON body carries the CSV as text; escaping can double its size, and the options need room too. */
export const IMPORT_JSON_BODY_LIMIT = 2 * CSV_IMPORT_BYTES_MAX + 256 * 1024;

/** The CSV file and the import choices as JSON text in `options`; or the same as one JSON body. */
export const csvUpload = defineUpload({
  maxBytes: CSV_IMPORT_BYTES_MAX,
  file: 'The CSV file (UTF-8, UTF-16 with a BOM, or Windows-1252)',
  missing: 'Choose a CSV file to upload',
  fields: {
    options: z.string().optional().describe('JSON text of `{ mapping?, statusMap?, dateOrder?, skipDuplicates? }`'),
  },
  fieldBytes: 256 * 1024,
  json: csvImportRequestSchema,
});

/**
 * The CSV and choices of an import request, either JSON (`csvImportRequestSchema`) or a multipart form
 * with the file in `file` and the choices as JSON text in `options`. The file's bytes are decoded here
 * (UTF-8, UTF-16 or Windows-1252), so spreadsheets saved by any Excel import correctly.
 */
export async function readImportRequest(request: FastifyRequest): Promise<ImportInput> {
  if (!request.isMultipart()) return csvImportRequestSchema.parse(request.body ?? {});
  const upload = await readMultipart(request, csvUpload);
  const parsed = csvImportOptionsSchema.safeParse(parseOptions(upload.fields.options));
  if (!parsed.success) throw validationError(parsed.error.issues);
  return { csv: decodeUpload(upload.data), ...parsed.data };
}

function parseOptions(value: string | undefined): unknown {
  if (value === undefined) return {};
  try {
    return JSON.parse(value);
  } catch {
    throw new AppError(ErrorCode.ValidationFailed, 'The import options are not valid JSON', { field: 'options' });
  }
}
