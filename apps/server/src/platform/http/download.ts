import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/**
 * Control and invisible formatting characters (e.g. U+202E RIGHT-TO-LEFT OVERRIDE, which can make "x.exe" look
 * like a PDF), path separators and the characters Windows refuses in names.
 */
export const UNSAFE_FILENAME_CHARACTERS = /[\p{Cc}\p{Cf}<>:"/\\|?*]+/gu;

/** A file that the browser saves (or, `inline`, may show) instead of an API answer. */
export interface Download {
  filename: string;
  contentType: string;
  body: string | Buffer | Readable;
  /** Bytes of a streamed body, when known. */
  length?: number;
  /** `inline` lets a calendar app or browser open it in place; the default is `attachment`. */
  disposition?: 'attachment' | 'inline';
  /** Default `private, no-store`: downloads hold personal data. */
  cacheControl?: string;
}

/**
 * The name of a download, safe in any browser or OS: no directories, control or reserved characters.
 *
 * @example
 * downloadName('../a\u202Eb.csv') // 'a b.csv'
 */
export function downloadName(filename: string): string {
  const leaf = filename.split(/[/\\]/).pop() ?? '';
  const cleaned = leaf.normalize('NFC').replace(UNSAFE_FILENAME_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  return cleaned.replace(/^\.+/, '') || 'download';
}

/**
 * `Content-Disposition` with an ASCII fallback name and the exact name in RFC 5987 form, after `downloadName`.
 *
 * @example
 * contentDisposition('Zoë CV.pdf') // `attachment; filename="Zo_ CV.pdf"; filename*=UTF-8''Zo%C3%AB%20CV.pdf`
 */
export function contentDisposition(filename: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const name = downloadName(filename);
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * Sends a file download: content type, sanitised `Content-Disposition`, no caching of personal data.
 *
 * @example
 * return sendDownload(reply, { filename: 'contacts.csv', contentType: 'text/csv; charset=utf-8', body: csv });
 */
export function sendDownload(reply: FastifyReply, file: Download) {
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.filename, file.disposition))
    .header('cache-control', file.cacheControl ?? 'private, no-store');
  if (file.length !== undefined) reply.header('content-length', String(file.length));
  return reply.send(file.body);
}
