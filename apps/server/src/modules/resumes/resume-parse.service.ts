import type { Readable } from 'node:stream';
import type { TransferListItem } from 'node:worker_threads';
import { ErrorCode, type ResumeDocument, resumeDocumentSchema } from '@jobpilot/contracts';
import type { FilesService, Upload } from '#modules/files/index.ts';
import type { Actor } from '#platform/access.ts';
import { AppError, notFound } from '#platform/errors.ts';
import type { ParseRunner } from '#platform/untrusted/task.ts';
import { parseResumeTask } from './parser/parse-resume.task.ts';
import { type ParseResumeInput, type ParseResumeResult, RESUME_FILE_MAX } from './parser/parse-resume.ts';

/** The bytes as they cross to the parse worker: moved when the buffer is the upload's own, copied otherwise. */
function forWorker(data: Buffer, filename?: string): { input: ParseResumeInput; transfer: TransferListItem[] } {
  const owned = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
  const bytes = owned && data.buffer instanceof ArrayBuffer ? new Uint8Array(data.buffer) : new Uint8Array(data);
  return { input: { bytes, filename }, transfer: [bytes.buffer] };
}

/** A stored file's bytes, at most `max` + 1 of them (more than `max` is the parser's "too large" sentence). */
async function readAtMost(stream: Readable, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    length += chunk.length;
    if (length > max) {
      stream.destroy();
      break;
    }
  }
  return Buffer.concat(chunks, Math.min(length, max + 1));
}

type Path = (string | number)[];

function at(root: unknown, path: Path): { parent: Record<string | number, unknown>; key: string | number } | undefined {
  let node = root as Record<string | number, unknown> | undefined;
  for (const key of path.slice(0, -1)) node = node?.[key] as Record<string | number, unknown> | undefined;
  const key = path.at(-1);
  return node && key !== undefined ? { parent: node, key } : undefined;
}

/**
 * The parsed document cut to what a stored résumé may hold (`resumeDocumentSchema`): a line longer than a
 * field takes is shortened, a list past its length cut, anything else the schema refuses dropped. The parser
 * reads any file a person has; the answer must still be a document the editor can save.
 */
export function fitDocument(document: ResumeDocument): ResumeDocument {
  const current: unknown = structuredClone(document);
  for (let round = 0; round < 5; round++) {
    const parsed = resumeDocumentSchema.safeParse(current);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const place = at(current, issue.path as Path);
      if (!place) continue;
      const value = place.parent[place.key];
      if (issue.code === 'too_big' && (typeof value === 'string' || Array.isArray(value))) {
        place.parent[place.key] = value.slice(0, Number(issue.maximum));
      } else if (Array.isArray(place.parent)) place.parent.splice(Number(place.key), 1);
      else delete place.parent[place.key];
    }
  }
  return resumeDocumentSchema.safeParse(current).data ?? {};
}

/**
 * Résumé parsing for the route: an upload, or a file the person already stored (the résumé on their profile),
 * read in the untrusted-document pool and cut to what a résumé may hold.
 */
export function createResumeParseService(deps: {
  parser: ParseRunner;
  files: FilesService;
  /** The profiles module's API: its export row says which file is the résumé on a person's profile. */
  profiles: { exportRows(userId: string): Promise<{ profile?: { resumeFileId: string | null } | undefined }> };
}) {
  const { parser, files, profiles } = deps;
  const run = async (userId: string, data: Buffer, filename?: string): Promise<ParseResumeResult> => {
    const { input, transfer } = forWorker(data, filename);
    const result = await parser.run(parseResumeTask, input, transfer, userId);
    return { ...result, document: fitDocument(result.document) };
  };

  /** A file of the person's own, by id; 404 for anyone else's or one that does not exist. */
  const parseStored = async ({ userId }: Actor, fileId: string): Promise<ParseResumeResult> => {
    const stored = await files.download(userId, fileId);
    if (!stored) throw notFound('File');
    const data = await readAtMost(stored.stream, RESUME_FILE_MAX);
    return run(userId, data, stored.file.filename);
  };

  return {
    /** An uploaded file (the caller must not read `upload.data` afterwards: its bytes move to the worker). */
    parseUpload: ({ userId }: Actor, upload: Upload) => run(userId, upload.data, upload.filename),

    parseStored,

    /** The résumé file on the person's own profile: one click from the profile to a structured résumé. */
    async parseProfileResume(actor: Actor): Promise<ParseResumeResult> {
      const { profile } = await profiles.exportRows(actor.userId);
      if (!profile?.resumeFileId) {
        throw new AppError(
          ErrorCode.NotFound,
          'Your profile has no résumé file. Upload one there first, or choose a file here.',
        );
      }
      return parseStored(actor, profile.resumeFileId);
    },
  };
}

export type ResumeParseService = ReturnType<typeof createResumeParseService>;
