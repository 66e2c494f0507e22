import { describe, expect, it } from 'vitest';
import { createMemoryFileStore } from '#platform/files/memory-file-store.ts';
import type { FilesRepository, NewFile } from './files.repository.ts';
import { createFilesService } from './files.service.ts';
import type { FileRow } from './files.table.ts';
import { makeDocx, samplePdf } from './test-documents.ts';

function fakeRepository(opts: { failInsert?: boolean } = {}): FilesRepository & { rows: FileRow[] } {
  const rows: FileRow[] = [];
  return {
    rows,
    async insert(values: NewFile) {
      if (opts.failInsert) throw new Error('database down');
      const row = { ...values, id: crypto.randomUUID(), createdAt: new Date() };
      rows.push(row);
      return row;
    },
    find: async (userId, id) => rows.find((r) => r.userId === userId && r.id === id),
    async delete(userId, id) {
      const at = rows.findIndex((r) => r.userId === userId && r.id === id);
      return at < 0 ? undefined : rows.splice(at, 1)[0];
    },
    exportRows: async () => [],
  };
}

const read = async (stream: NodeJS.ReadableStream) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
};

describe('files service', () => {
  it('stores the bytes under a random key and hands them back only to the owner', async () => {
    const store = createMemoryFileStore();
    const service = createFilesService({ repository: fakeRepository(), store });
    const docx = makeDocx();
    const file = await service.storeDocument('u1', 'resume', { filename: 'cv', data: docx }, ['pdf', 'docx']);
    expect(file).toMatchObject({ filename: 'cv.docx', purpose: 'resume', sizeBytes: docx.length });
    expect(file.storageKey).toMatch(/^[0-9a-f]{32}$/);
    const download = await service.download('u1', file.id);
    expect(download && (await read(download.stream)).equals(docx)).toBe(true);
    expect(await service.download('u2', file.id)).toBeUndefined();
  });

  it('refuses a kind that was not asked for', async () => {
    const service = createFilesService({ repository: fakeRepository(), store: createMemoryFileStore() });
    await expect(
      service.storeDocument('u1', 'resume', { filename: 'a.pdf', data: samplePdf() }, ['docx']),
    ).rejects.toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'This file is not a Word (.docx) document',
    });
  });

  it('leaves no bytes behind when the metadata cannot be written, and removes both on delete', async () => {
    const store = createMemoryFileStore();
    const failing = createFilesService({ repository: fakeRepository({ failInsert: true }), store });
    await expect(failing.storeDocument('u1', 'resume', { filename: 'a', data: samplePdf() }, ['pdf'])).rejects.toThrow(
      'database down',
    );
    expect(store.size()).toBe(0);

    const service = createFilesService({ repository: fakeRepository(), store });
    const file = await service.storeDocument('u1', 'resume', { filename: 'a', data: samplePdf() }, ['pdf']);
    await service.remove('u2', file.id);
    expect(store.size()).toBe(1);
    await service.remove('u1', file.id);
    expect(store.size()).toBe(0);
  });
});
