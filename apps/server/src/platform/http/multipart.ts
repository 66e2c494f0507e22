import multipart from '@fastify/multipart';
import { ErrorCode } from '@jobpilot/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, validationError } from '#platform/errors.ts';

/**
 * One kind of upload: a single file in the form field `file` plus a few small text fields. The same spec
 * reads the request (`readMultipart`) and describes it in the OpenAPI document (`uploadDoc`).
 */
export interface UploadSpec<F extends z.ZodRawShape = z.ZodRawShape> {
  /** The largest file accepted; past it the answer is 413. */
  maxBytes: number;
  /** What the file is, for the API documentation. */
  file: string;
  /** The sentence answered (422, field `file`) when no file was sent. */
  missing: string;
  /** The text fields, each a zod schema of its string value (an empty field counts as absent). */
  fields?: F;
  /** The longest text field in bytes (default 1 KB). */
  fieldBytes?: number;
  /** The same request as a JSON body, when the route also takes one. */
  json?: z.ZodType;
}

/** The file and the parsed text fields of a multipart request. */
export interface MultipartUpload<F extends z.ZodRawShape> {
  filename: string;
  data: Buffer;
  fields: z.infer<z.ZodObject<F>>;
}

const TOO_LARGE = new Set(['FST_REQ_FILE_TOO_LARGE', 'FST_FILES_LIMIT', 'FST_PARTS_LIMIT', 'FST_FIELDS_LIMIT']);
const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * A spec as written, with its field types kept.
 *
 * @example
 * const resume = defineUpload({ maxBytes: 10 << 20, file: 'A PDF or DOCX résumé', missing: 'Choose a file to upload' });
 */
export function defineUpload<F extends z.ZodRawShape = Record<never, never>>(spec: UploadSpec<F>): UploadSpec<F> {
  return spec;
}

/** Lets the routes of one plugin take `multipart/form-data` (once per plugin; limits are set per request). */
export async function acceptMultipart(app: FastifyInstance): Promise<void> {
  if (!app.hasRequestDecorator('isMultipart')) await app.register(multipart);
}

/**
 * The one file (field `file`) and the text fields of a multipart request, in any order. 415 when the request
 * is not multipart, 413 past the spec's limits, 422 without a file or with a field its schema refuses.
 *
 * @example
 * const { filename, data, fields } = await readMultipart(request, contactUpload);
 */
export async function readMultipart<F extends z.ZodRawShape>(
  request: FastifyRequest,
  spec: UploadSpec<F>,
): Promise<MultipartUpload<F>> {
  if (!request.isMultipart()) {
    throw new AppError(ErrorCode.UnsupportedMediaType, 'Send the file as multipart/form-data in the field "file"');
  }
  const names = Object.keys(spec.fields ?? {});
  // A few unknown fields are ignored, as browsers and tools add their own; many are refused.
  const fields = names.length + 4;
  const limits = { fileSize: spec.maxBytes, files: 1, fields, parts: fields + 1, fieldSize: spec.fieldBytes ?? 1024 };
  let file: { filename: string; data: Buffer } | undefined;
  const raw: Record<string, string> = {};
  try {
    for await (const part of request.parts({ limits })) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (part.fieldname === 'file') file = { filename: part.filename, data };
      } else if (names.includes(part.fieldname) && typeof part.value === 'string' && part.value !== '') {
        raw[part.fieldname] = part.value;
      }
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (TOO_LARGE.has((err as { code?: string }).code ?? '')) {
      throw new AppError(ErrorCode.PayloadTooLarge, `The file is larger than ${megabytes(spec.maxBytes)}`, {
        field: 'file',
      });
    }
    throw new AppError(ErrorCode.BadRequest, 'The upload could not be read. Please try again.');
  }
  if (!file) throw new AppError(ErrorCode.ValidationFailed, spec.missing, { field: 'file' });
  const parsed = z.object(spec.fields ?? ({} as F)).safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error.issues);
  return { ...file, fields: parsed.data };
}
