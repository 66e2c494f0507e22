/**
 * Reading a ZIP archive someone uploaded (a Word file, a LinkedIn export) without trusting it: its central
 * directory is walked once, bounded by the directory's own size and an entry cap, and nothing is inflated here
 * (`inflateZipEntry` does that under a budget). Each caller words its own refusals from the `problem`.
 */

const LOCAL_HEADER = 0x04034b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** General-purpose flag bit 0: the entry is encrypted. */
const ENCRYPTED = 0x0001;

/** One entry the central directory lists, not yet read. */
export interface ZipDirectoryEntry {
  /** The path inside the archive, as the directory names it. */
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  localOffset: number;
}

export type ZipDirectory =
  | { ok: true; entries: ZipDirectoryEntry[] }
  /** `not-zip`: no local header first or no end record; `too-many`: more than `maxEntries` (`count` says how many). */
  | { ok: false; problem: 'not-zip' | 'damaged' | 'too-many'; count?: number };

export const startsLikeZip = (data: Buffer) => data.length >= 4 && data.readUInt32LE(0) === LOCAL_HEADER;

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
 * The entries of an archive's central directory, in its order. A directory that runs past its end record or
 * the file, or lists more than `maxEntries`, is a problem, never a partial list. ZIP64 archives (over 4 GB or
 * 65,535 entries) read as damaged: nothing JobPilot accepts is that large.
 *
 * @example
 * const dir = readZipDirectory(bytes, { maxEntries: 5_000 });
 * if (dir.ok) dir.entries.map((e) => e.name) // ['[Content_Types].xml', 'word/document.xml', …]
 */
export function readZipDirectory(data: Buffer, { maxEntries }: { maxEntries: number }): ZipDirectory {
  if (data.length < END_SIZE || !startsLikeZip(data)) return { ok: false, problem: 'not-zip' };
  const end = findEnd(data);
  if (end === undefined) return { ok: false, problem: 'not-zip' };
  const count = data.readUInt16LE(end + 10);
  if (count > maxEntries) return { ok: false, problem: 'too-many', count };
  const offset = data.readUInt32LE(end + 16);
  if (offset + data.readUInt32LE(end + 12) > end) return { ok: false, problem: 'damaged' };
  const entries: ZipDirectoryEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || data.readUInt32LE(at) !== DIRECTORY_ENTRY) return { ok: false, problem: 'damaged' };
    const nameLength = data.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    if (next > end) return { ok: false, problem: 'damaged' };
    entries.push({
      name: data.toString('utf8', at + 46, at + 46 + nameLength),
      encrypted: (data.readUInt16LE(at + 8) & ENCRYPTED) !== 0,
      method: data.readUInt16LE(at + 10),
      compressedSize: data.readUInt32LE(at + 20),
      localOffset: data.readUInt32LE(at + 42),
    });
    at = next;
  }
  return { ok: true, entries };
}

/** The compressed bytes of a listed entry (for `inflateZipEntry`), or undefined when its local header is not where the directory says. */
export function zipEntryData(data: Buffer, entry: ZipDirectoryEntry): Buffer | undefined {
  const local = entry.localOffset;
  if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL_HEADER) return undefined;
  const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
  if (start + entry.compressedSize > data.length) return undefined;
  return data.subarray(start, start + entry.compressedSize);
}
