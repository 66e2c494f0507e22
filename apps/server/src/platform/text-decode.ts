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

/**
 * Control characters no text file holds (NUL, C0 except tab/line breaks/form feed, DEL, C1): random bytes
 * decoded as Windows-1252 are full of them, a spreadsheet's CSV has none.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const NOT_TEXT = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

/**
 * Why decoded text cannot be an imported file: `empty` (nothing but a BOM or blank space), `binary`
 * (more than 1 in 50 characters, and at least 4, that a text file never holds; a stray NUL in one row of
 * a real CSV is that row's problem, not the file's), else null.
 *
 * @example
 * textFileProblem('') // 'empty'
 * textFileProblem('%PDF-1.7\u0000\u0001…') // 'binary'
 * textFileProblem('Company,Position\r\nAcme,Engineer') // null
 */
export function textFileProblem(text: string): 'empty' | 'binary' | null {
  if (text.replace(/^\uFEFF/, '').trim() === '') return 'empty';
  const sample = text.length > 64 * 1024 ? text.slice(0, 64 * 1024) : text;
  const odd = sample.match(NOT_TEXT)?.length ?? 0;
  return odd >= 4 && odd * 50 > sample.length ? 'binary' : null;
}

/** What a person is told about a file `textFileProblem` refuses; `kind` names what the file should be. */
export function textFileProblemMessage(problem: 'empty' | 'binary', kind: string): string {
  return problem === 'empty'
    ? 'The file is empty; choose a file that has rows in it'
    : `This is not a text file; choose a ${kind} file (for example one saved from a spreadsheet)`;
}
