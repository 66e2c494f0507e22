import { defineModule } from '#platform/module.ts';
import { createFilesRepository } from './files.repository.ts';
import { createFilesService } from './files.service.ts';
import { files } from './files.table.ts';

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
    return { api: { ...service, exportRows: repository.exportRows } };
  },
});
