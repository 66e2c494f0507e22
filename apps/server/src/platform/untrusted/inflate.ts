import { inflateRawSync } from 'node:zlib';
import { ErrorCode } from '@jobpilot/contracts';
import { AppError } from '#platform/errors.ts';

export interface InflateLimits {
  /** Bytes one entry may inflate to (default 20 MB). */
  maxBytes?: number;
  /** Inflated bytes per compressed byte at most (default 100; text compresses 5–20 times). */
  maxRatio?: number;
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
  const cap = Math.min(maxBytes, Math.max(64 * 1024, compressed.length * maxRatio));
  if (method === 0) {
    if (compressed.length > maxBytes) throw tooLarge('a part of it is too large');
    return Buffer.from(compressed);
  }
  if (method !== 8) throw tooLarge('it uses a compression method JobPilot does not read');
  try {
    return inflateRawSync(compressed, { maxOutputLength: cap });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw tooLarge(cap === maxBytes ? 'a part of it unpacks to too many bytes' : 'a part of it unpacks too far');
    }
    throw new AppError(ErrorCode.ValidationFailed, 'This file is damaged: a part of it cannot be unpacked.', {
      field: 'file',
    });
  }
}
