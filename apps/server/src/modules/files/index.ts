import { userDeleting } from '#modules/identity/index.ts';
import { on } from '#platform/events.ts';
import { defineModule } from '#platform/module.ts';
import { createFilesRepository, deleteFilesOf } from './files.repository.ts';
import { createFilesService } from './files.service.ts';
import { files } from './files.table.ts';

export { type DocumentKind, detectDocumentKind } from './file-type.ts';
export type { Download, FilesService, Upload } from './files.service.ts';
export type { FileRow } from './files.table.ts';

/** Stored documents (résumés, later exports): rows here, bytes in the file store (DATA_DIR/files or S3). */
export const filesModule = defineModule({
  name: 'files',
  tables: { files },
  build({ db, files: store }) {
    const repository = createFilesRepository(db);
    const service = createFilesService({ repository, store });
    /** `exportRows`: the user's files' metadata for the "all my data" export. */
    return {
      api: { ...service, exportRows: repository.exportRows },
      handles: [
        // The rows go in the deleting transaction, the bytes right after them: a deleted account leaves no file
        // behind (should the transaction then fail, the account stays with its files' rows but not their bytes).
        on(userDeleting, async ({ userId }, { tx }) => {
          const keys = await deleteFilesOf(tx ?? db, userId);
          for (const key of keys) await store.delete(key);
        }),
      ],
    };
  },
});
