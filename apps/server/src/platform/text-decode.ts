/**
 * Text of an uploaded file: UTF-8 (with or without a byte order mark), UTF-16 with a byte order mark,
 * or, when the bytes are not valid UTF-8, Windows-1252 (what older Excel and Outlook versions save).
 *
 * @example
 * decodeUpload(Buffer.from([0xff, 0xfe, 0x41, 0x00])) // 'A'
 */
export function decodeUpload(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
