import { readZipDirectory, startsLikeZip } from '#platform/untrusted/zip-read.ts';

/** The document kinds JobPilot stores, recognised by their bytes rather than by name or header. */
export type DocumentKind = 'pdf' | 'docx';

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
/** Entries a document's ZIP directory may list; a Word file has 10–50, so more means it is not one. */
export const ZIP_ENTRIES_MAX = 5_000;
/** A Word document is a ZIP whose directory names both of these. */
const DOCX_PARTS = ['[Content_Types].xml', 'word/document.xml'];

/**
 * What a file really is, from its first bytes and, for ZIP files, its central directory.
 *
 * @example
 * detectDocumentKind(Buffer.from('%PDF-1.7\n…')) // 'pdf'
 */
export function detectDocumentKind(data: Buffer): DocumentKind | undefined {
  if (data.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) return 'pdf';
  if (startsLikeZip(data)) {
    const names = zipEntryNames(data);
    if (names && DOCX_PARTS.every((part) => names.has(part))) return 'docx';
  }
  return undefined;
}

/**
 * The file names in a ZIP's central directory, or undefined when the directory is missing, runs past
 * the end of the file, lists more than `ZIP_ENTRIES_MAX` entries or is ZIP64 (no résumé needs 4 GB).
 * Nothing is inflated, and the work is bounded by the directory's own size.
 */
export function zipEntryNames(data: Buffer): Set<string> | undefined {
  const directory = readZipDirectory(data, { maxEntries: ZIP_ENTRIES_MAX });
  return directory.ok ? new Set(directory.entries.map((e) => e.name)) : undefined;
}
