import type { CsvImportOptions } from '@jobpilot/contracts';
import { api, asFormData, unwrap } from '#lib/api-client';

/** The CSV to import: a file the person chose (sent as it is, so the server reads its encoding) or pasted text. */
export type ImportSource = { kind: 'file'; file: File } | { kind: 'text'; text: string };

/** A file goes as multipart (`file` + `options` as JSON text), pasted text as JSON `{ csv, …options }`. */
const fileBody = (file: File, options: CsvImportOptions) => ({
  body: { file, options: JSON.stringify(options) },
  bodySerializer: asFormData,
});
const textBody = (csv: string, options: CsvImportOptions) => ({ body: { csv, ...options } });

/** `POST /applications/import/preview`: what importing would do; writes nothing. */
export const previewImport = (source: ImportSource, options: CsvImportOptions) =>
  unwrap(
    source.kind === 'file'
      ? api.POST('/api/v1/applications/import/preview', fileBody(source.file, options))
      : api.POST('/api/v1/applications/import/preview', textBody(source.text, options)),
  );

/** `POST /applications/import`: imports the valid rows in one transaction. */
export const runImport = (source: ImportSource, options: CsvImportOptions) =>
  unwrap(
    source.kind === 'file'
      ? api.POST('/api/v1/applications/import', fileBody(source.file, options))
      : api.POST('/api/v1/applications/import', textBody(source.text, options)),
  );
