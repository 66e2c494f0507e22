import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DOCUMENT_CONTENT_TYPES, ErrorCode } from '@jobpilot/contracts';
import { AppError } from '#platform/errors.ts';
import type { FileStore } from '#platform/files/file-store.ts';
import { type DocumentKind, detectDocumentKind } from './file-type.ts';
import { safeFilename } from './filename.ts';
import type { FilesRepository } from './files.repository.ts';
import type { FileRow } from './files.table.ts';

export interface Upload {
  filename: string;
  data: Buffer;
}

export interface Download {
  file: FileRow;
  stream: Readable;
}

const KIND_NAMES: Record<DocumentKind, string> = { pdf: 'PDF', docx: 'Word (.docx)' };

/**
 * Every stored file goes through here: the type is read from the bytes, the name is made safe,
 * the sha256 is recorded and the bytes go to the file store under a random key.
 */
export function createFilesService(deps: { repository: FilesRepository; store: FileStore }) {
  const { repository, store } = deps;

  return {
    /** Stores a document of one of the `accepted` kinds; 415 for anything else. */
    async storeDocument(
      userId: string,
      purpose: string,
      upload: Upload,
      accepted: readonly DocumentKind[],
    ): Promise<FileRow> {
      const kind = detectDocumentKind(upload.data);
      if (!kind || !accepted.includes(kind)) {
        const names = accepted.map((k) => KIND_NAMES[k]).join(' or ');
        throw new AppError(ErrorCode.UnsupportedMediaType, `This file is not a ${names} document`, { field: 'file' });
      }
      const sha256 = createHash('sha256').update(upload.data).digest('hex');
      const storageKey = await store.put(upload.data);
      try {
        return await repository.insert({
          userId,
          purpose,
          filename: safeFilename(upload.filename, kind, purpose),
          contentType: DOCUMENT_CONTENT_TYPES[kind],
          sizeBytes: upload.data.length,
          sha256,
          storageKey,
        });
      } catch (err) {
        await store.delete(storageKey);
        throw err;
      }
    },

    /** The file and a stream of its bytes, or undefined when it is not the owner's (or its bytes are gone). */
    async download(ownerId: string, fileId: string): Promise<Download | undefined> {
      const file = await repository.find(ownerId, fileId);
      if (!file) return undefined;
      const stream = await store.open(file.storageKey);
      return stream ? { file, stream } : undefined;
    },

    async find(ownerId: string, fileId: string): Promise<FileRow | undefined> {
      return repository.find(ownerId, fileId);
    },

    /** Removes the row, then the bytes. */
    async remove(ownerId: string, fileId: string): Promise<void> {
      const row = await repository.delete(ownerId, fileId);
      if (row) await store.delete(row.storageKey);
    },
  };
}

export type FilesService = ReturnType<typeof createFilesService>;
