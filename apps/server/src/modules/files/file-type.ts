/** The document kinds JobPilot stores, recognised by their bytes rather than by name or header. */
export type DocumentKind = 'pdf' | 'docx';

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const ZIP_LOCAL_HEADER = 0x04034b50;
const ZIP_END_OF_DIRECTORY = 0x06054b50;
const ZIP_DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY_SIZE = 22;
const MAX_ZIP_COMMENT = 0xffff;
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
  if (data.length >= 4 && data.readUInt32LE(0) === ZIP_LOCAL_HEADER) {
    const names = zipEntryNames(data);
    if (names && DOCX_PARTS.every((part) => names.has(part))) return 'docx';
  }
  return undefined;
}

/** Where the End of Central Directory record starts: it is last, followed only by a comment. */
function findEndOfDirectory(data: Buffer): number | undefined {
  const last = data.length - END_OF_DIRECTORY_SIZE;
  const first = Math.max(0, last - MAX_ZIP_COMMENT);
  for (let at = last; at >= first; at--) {
    if (data.readUInt32LE(at) !== ZIP_END_OF_DIRECTORY) continue;
    if (at + END_OF_DIRECTORY_SIZE + data.readUInt16LE(at + 20) === data.length) return at;
  }
  return undefined;
}

/**
 * The file names in a ZIP's central directory, or undefined when the directory is missing, runs past
 * the end of the file, lists more than `ZIP_ENTRIES_MAX` entries or is ZIP64 (no résumé needs 4 GB).
 * Nothing is inflated, and the work is bounded by the directory's own size.
 */
export function zipEntryNames(data: Buffer): Set<string> | undefined {
  if (data.length < END_OF_DIRECTORY_SIZE) return undefined;
  const end = findEndOfDirectory(data);
  if (end === undefined) return undefined;
  const count = data.readUInt16LE(end + 10);
  const size = data.readUInt32LE(end + 12);
  const offset = data.readUInt32LE(end + 16);
  if (count > ZIP_ENTRIES_MAX || offset + size > end) return undefined;
  const names = new Set<string>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || data.readUInt32LE(at) !== ZIP_DIRECTORY_ENTRY) return undefined;
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > end) return undefined;
    names.add(data.toString('utf8', at + 46, at + 46 + nameLength));
    at = next;
  }
  return names;
}
