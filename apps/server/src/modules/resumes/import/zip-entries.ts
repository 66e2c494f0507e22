import { ErrorCode } from '@jobpilot/contracts';
import { AppError } from '#platform/errors.ts';
import { type InflateBudget, inflateZipEntry } from '#platform/untrusted/inflate.ts';

const LOCAL_HEADER = 0x04034b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** General-purpose flag bit 0: the entry is encrypted. */
const ENCRYPTED = 0x0001;

/** One entry listed by an archive's central directory, not yet read. */
export interface ZipDirectoryEntry {
  /** The path inside the archive, as the directory names it. */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

const refuse = (message: string) => new AppError(ErrorCode.ValidationFailed, message, { field: 'file' });

export const notAZip = () =>
  refuse(
    'This is not a ZIP file; choose the ZIP file LinkedIn sent you (Settings & Privacy → Data privacy → Get a copy of your data)',
  );

const damaged = () => refuse('This ZIP file is damaged: its list of files cannot be read');

/** Where the End of Central Directory record starts: it is last, followed only by its comment. */
function findEnd(data: Buffer): number | undefined {
  const last = data.length - END_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (data.readUInt32LE(at) !== END_OF_DIRECTORY) continue;
    if (at + END_SIZE + data.readUInt16LE(at + 20) === data.length) return at;
  }
  return undefined;
}

/**
 * The entries an archive's central directory lists, in its order, at most `maxEntries` of them (more is
 * a 422: no export this reader is for holds that many). One pass over the directory, nothing inflated.
 * Not a ZIP (no local header first, no end record) and a directory that runs out of the file are 422s.
 */
export function zipDirectory(data: Buffer, maxEntries: number): ZipDirectoryEntry[] {
  if (data.length < END_SIZE || data.readUInt32LE(0) !== LOCAL_HEADER) throw notAZip();
  const end = findEnd(data);
  if (end === undefined) throw notAZip();
  const count = data.readUInt16LE(end + 10);
  if (count > maxEntries) {
    throw refuse(
      `This ZIP file lists ${count.toLocaleString('en-US')} files, more than the ${maxEntries.toLocaleString('en-US')} an export holds`,
    );
  }
  const entries: ZipDirectoryEntry[] = [];
  let at = data.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || data.readUInt32LE(at) !== DIRECTORY_ENTRY) throw damaged();
    const nameLength = data.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    if (next > end) throw damaged();
    entries.push({
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
      flags: data.readUInt16LE(at + 8),
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      localOffset: data.readUInt32LE(at + 42),
    });
    at = next;
  }
  return entries;
}

/**
 * The inflated bytes of one listed entry, taken from `budget` (shared by every entry read from the
 * archive, so a bomb split over many entries is refused too) and capped at `maxBytes`.
 */
export function readZipEntry(
  data: Buffer,
  entry: ZipDirectoryEntry,
  limits: { maxBytes: number; budget: InflateBudget },
): Buffer {
  if (entry.flags & ENCRYPTED) {
    throw refuse(`This ZIP file is password-protected (${entry.name}); download the export again without a password`);
  }
  const local = entry.localOffset;
  if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL_HEADER) throw damaged();
  const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
  if (start + entry.compressedSize > data.length) throw damaged();
  return inflateZipEntry(data.subarray(start, start + entry.compressedSize), entry.method, limits);
}
