const MAX_BASE = 120;
// Control and invisible formatting characters (e.g. U+202E RIGHT-TO-LEFT OVERRIDE, which can make "x.exe" look
// like a PDF), path separators and the characters Windows refuses in names.
const UNSAFE = /[\p{Cc}\p{Cf}<>:"/\\|?*]+/gu;

/**
 * A file name safe to store and to send back: no directories, no control or reserved characters,
 * at most 120 characters before the extension, and the extension of what the file really is.
 *
 * @example
 * safeFilename('../../etc/Ann "CV".pdf', 'pdf') // 'Ann CV.pdf'
 * safeFilename('resume', 'docx')               // 'resume.docx'
 */
export function safeFilename(original: string, extension: string, fallback = 'file'): string {
  const leaf = original.split(/[/\\]/).pop() ?? '';
  const cleaned = leaf.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const withoutExtension = cleaned.replace(/\.[^.]*$/, '').replace(/^[.\s]+|[.\s]+$/g, '');
  const base = [...withoutExtension].slice(0, MAX_BASE).join('').trim() || fallback;
  return `${base}.${extension}`;
}

/**
 * `Content-Disposition: attachment` with an ASCII fallback name and the exact name in RFC 5987 form.
 *
 * @example
 * contentDisposition('Zoë CV.pdf') // `attachment; filename="Zo_ CV.pdf"; filename*=UTF-8''Zo%C3%AB%20CV.pdf`
 */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
