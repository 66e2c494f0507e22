import { inflateRawSync } from 'node:zlib';
import { ErrorCode } from '@jobpilot/contracts';
import { AppError } from '#platform/errors.ts';

export interface InflateLimits {
  /** Bytes one entry may inflate to (default 20 MB). */
  maxBytes?: number;
  /** Inflated bytes per compressed byte at most (default 100; text compresses 5–20 times). */
  maxRatio?: number;
  /** Shared by every entry of one archive, so many small entries cannot add up to a bomb (`inflateBudget`). */
  budget?: InflateBudget;
}

/** Inflated bytes left for the whole archive; each entry's output is taken from it. */
export interface InflateBudget {
  left: number;
}

/**
 * A cap on the bytes all entries of one archive inflate to together (default 40 MB): pass it to every
 * `inflateZipEntry` call for that archive.
 *
 * @example
 * const budget = inflateBudget(10 * 1024 * 1024);
 * for (const entry of entries) inflateZipEntry(entry.data, entry.method, { budget });
 */
export function inflateBudget(totalBytes = 40 * 1024 * 1024): InflateBudget {
  return { left: totalBytes };
}

const tooLarge = (why: string) =>
  new AppError(ErrorCode.ValidationFailed, `This file is too complex to read (${why}).`, { field: 'file' });

/**
 * The bytes of one deflated ZIP entry (method 8) or a stored one (method 0), inflated with a cap: zlib
 * stops at the byte limit, so a zip bomb costs at most `maxBytes` of memory, and an entry inflating
 * past `maxRatio` times its compressed size is refused too. Both answer 422.
 *
 * @example
 * const xml = inflateZipEntry(compressed, 8, { maxBytes: 5 * 1024 * 1024 }).toString('utf8');
 */
export function inflateZipEntry(compressed: Uint8Array, method: number, limits: InflateLimits = {}): Buffer {
  const maxBytes = limits.maxBytes ?? 20 * 1024 * 1024;
  const maxRatio = limits.maxRatio ?? 100;
  // A small entry may inflate a little past the ratio (headers, a short text); never past maxBytes.
  const entryCap = Math.min(maxBytes, Math.max(64 * 1024, compressed.length * maxRatio));
  const budget = limits.budget;
  const cap = budget ? Math.min(entryCap, budget.left) : entryCap;
  const why = () =>
    budget && cap === budget.left
      ? 'its parts together unpack to too many bytes'
      : cap === maxBytes
        ? 'a part of it unpacks to too many bytes'
        : 'a part of it unpacks too far';
  if (method === 0) {
    if (compressed.length > Math.min(maxBytes, budget?.left ?? maxBytes)) {
      throw tooLarge(budget && compressed.length > budget.left ? why() : 'a part of it is too large');
    }
    if (budget) budget.left -= compressed.length;
    return Buffer.from(compressed);
  }
  if (method !== 8) throw tooLarge('it uses a compression method JobPilot does not read');
  try {
    const out = inflateRawSync(compressed, { maxOutputLength: Math.max(1, cap) });
    if (budget) budget.left -= out.length;
    return out;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || code === 'ERR_OUT_OF_RANGE') throw tooLarge(why());
    throw new AppError(ErrorCode.ValidationFailed, 'This file is damaged: a part of it cannot be unpacked.', {
      field: 'file',
    });
  }
}
