import { ErrorCode } from '@jobpilot/contracts';
import { AppError } from '#platform/errors.ts';
import { type InflateBudget, inflateZipEntry } from '#platform/untrusted/inflate.ts';
import { readZipDirectory, type ZipDirectoryEntry, zipEntryData } from '#platform/untrusted/zip-read.ts';

export type { ZipDirectoryEntry } from '#platform/untrusted/zip-read.ts';

const refuse = (message: string) => new AppError(ErrorCode.ValidationFailed, message, { field: 'file' });

export const notAZip = () =>
  refuse(
    'This is not a ZIP file; choose the ZIP file LinkedIn sent you (Settings & Privacy → Data privacy → Get a copy of your data)',
  );

const damaged = () => refuse('This ZIP file is damaged: its list of files cannot be read');

/**
 * The entries an export's central directory lists, in its order, at most `maxEntries` of them (more is
 * a 422: no export this reader is for holds that many). Not a ZIP and a damaged directory are 422s.
 */
export function zipDirectory(data: Buffer, maxEntries: number): ZipDirectoryEntry[] {
  const directory = readZipDirectory(data, { maxEntries });
  if (directory.ok) return directory.entries;
  if (directory.problem === 'not-zip') throw notAZip();
  if (directory.problem === 'too-many') {
    throw refuse(
      `This ZIP file lists ${(directory.count ?? 0).toLocaleString('en-US')} files, more than the ${maxEntries.toLocaleString('en-US')} an export holds`,
    );
  }
  throw damaged();
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
  if (entry.encrypted) {
    throw refuse(`This ZIP file is password-protected (${entry.name}); download the export again without a password`);
  }
  const compressed = zipEntryData(data, entry);
  if (!compressed) throw damaged();
  return inflateZipEntry(compressed, entry.method, limits);
}
