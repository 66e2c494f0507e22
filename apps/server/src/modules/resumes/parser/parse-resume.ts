import { ErrorCode } from '@jobpilot/contracts';
import { detectDocumentKind } from '#modules/files/index.ts';
import { AppError } from '#platform/errors.ts';
import { decodeUpload, textFileProblem } from '#platform/text-decode.ts';
import { skillNames } from '../skills/skills.ts';
import { assembleResume, type ParsedResume } from './assemble.ts';
import { readDocx } from './docx-lines.ts';
import { linesOfText, type ResumeLine } from './lines.ts';
import { pdfLayout, pdfLines, readPdfItems } from './pdf-lines.ts';

/** The largest résumé file read: 10 MB. */
export const RESUME_FILE_MAX = 10 * 1024 * 1024;

export type ResumeFileKind = 'pdf' | 'docx' | 'txt';

export interface ParseResumeInput {
  bytes: Uint8Array;
  filename?: string | undefined;
}

/** What the file's layout shows, for the ATS report (`ats/input.ts` reads it as file facts). */
export interface ResumeLayout {
  textLength: number;
  /** PDF: pages with no text, pages read as two columns. */
  pagesWithoutText?: number[];
  columnPages?: number[];
  /** DOCX: tables, text boxes, the text of page headers and footers. */
  tables?: number;
  textBoxes?: number;
  headerFooterLines?: string[];
}

export interface ParseResumeResult extends ParsedResume {
  kind: ResumeFileKind;
  pages: number;
  layout: ResumeLayout;
}

const NOT_A_RESUME_FILE = 'Upload your résumé as a PDF, a Word (DOCX) document or plain text.';

const refuse = (message: string, reason?: string) =>
  new AppError(ErrorCode.ValidationFailed, message, { field: 'file', ...(reason ? { details: { reason } } : {}) });

/** The refusal's `details.reason` for a PDF without a text layer: the ATS report scores it instead of refusing. */
export const IMAGE_ONLY = 'image-only';

/** The kind by content; a name ending in .pdf or .docx whose bytes are something else is refused. */
export function resumeKindOf(bytes: Buffer, filename?: string): ResumeFileKind {
  if (bytes.length === 0) throw refuse('This file is empty (0 bytes). Choose the résumé file again.');
  if (bytes.length > RESUME_FILE_MAX) throw refuse('This file is larger than 10 MB. A résumé is usually under 1 MB.');
  const kind = detectDocumentKind(bytes);
  if (kind) return kind;
  const named = filename?.toLowerCase().match(/\.(pdf|docx|doc|txt|md)$/)?.[1];
  if (named === 'pdf' || named === 'docx' || named === 'doc') {
    // A PNG renamed cv.pdf, say: what it is matters more than what it is called.
    if (textFileProblem(decodeUpload(bytes.subarray(0, 64 * 1024))) === 'binary') {
      throw refuse(`This file is named .${named} but it is not a PDF, Word or text file. ${NOT_A_RESUME_FILE}`);
    }
    throw refuse(
      `This file is named .${named} but its content is not a ${named === 'pdf' ? 'PDF' : 'Word (DOCX)'} document.`,
    );
  }
  return 'txt';
}

async function pdfToLines(bytes: Buffer): Promise<{ lines: ResumeLine[]; pages: number; layout: ResumeLayout }> {
  let text: Awaited<ReturnType<typeof readPdfItems>>;
  try {
    text = await readPdfItems(new Uint8Array(bytes));
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException')
      throw refuse('This PDF is protected by a password. Save a copy without one and upload that.');
    throw refuse('This PDF is damaged and cannot be read. Export it again from the program that made it.');
  }
  const lines = pdfLines(text);
  if (lines.length === 0) {
    throw refuse(
      'This PDF has no text layer — it is probably a scan or a photo. Upload the PDF your word processor exports, ' +
        'or a DOCX, or run it through text recognition (OCR) first.',
      IMAGE_ONLY,
    );
  }
  return { lines, pages: text.pages.length, layout: pdfLayout(text) };
}

/**
 * Reads a résumé file (PDF, DOCX or plain text, recognised by content) into a JSON Resume document with
 * per-field confidence and the lines it could not place; skills carry their canonical names. Bad files throw a
 * 422 AppError naming the problem.
 *
 * @example
 * const { document } = await parseResume({ bytes, filename: 'cv.pdf' });
 */
export async function parseResume(
  input: ParseResumeInput,
  /** A skills-list item's canonical names ("k8s" → Kubernetes), or the item as written when the taxonomy lacks it. */
  canonical: (name: string) => string | string[] = skillNames,
): Promise<ParseResumeResult> {
  const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
  const kind = resumeKindOf(bytes, input.filename);
  if (kind === 'pdf') {
    const { lines, pages, layout } = await pdfToLines(bytes);
    return { kind, pages, layout, ...assembleResume(lines, canonical) };
  }
  if (kind === 'docx') {
    const { lines, layout } = readDocx(bytes);
    const textLength = lines.reduce((sum, line) => sum + line.text.length, 0);
    return { kind, pages: 1, layout: { textLength, ...layout }, ...assembleResume(lines, canonical) };
  }
  const text = decodeUpload(bytes);
  const problem = textFileProblem(text);
  if (problem) {
    throw refuse(
      problem === 'empty'
        ? 'This file has no text in it.'
        : `This file is not a PDF, Word or text file. ${NOT_A_RESUME_FILE}`,
    );
  }
  return { kind, pages: 1, layout: { textLength: text.length }, ...assembleResume(linesOfText(text), canonical) };
}
