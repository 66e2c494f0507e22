import { UNSAFE_FILENAME_CHARACTERS as UNSAFE } from '#platform/http/download.ts';

const MAX_BASE = 120;

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
