import type { AtsCategoryId, AtsFinding, AtsLocation, AtsSeverity, ResumeDocument } from '@jobpilot/contracts';

/**
 * What the parser saw in an uploaded file (`ParseResumeResult`: kind, pages, `layout`, headings, confidence,
 * unplaced lines). Each is optional: a check whose signal is absent is not run (a saved résumé has no file;
 * a PDF has no tables or text boxes to count, a DOCX no two-column pages).
 */
export interface AtsFileFacts {
  /** By content: 'pdf', 'docx' or 'txt' (anything else, e.g. 'doc', is judged as a type an ATS may not read). */
  kind: string;
  /** Size of the file in bytes. */
  bytes: number;
  pages: number;
  /** Characters of text extracted from the whole file. */
  textLength?: number | undefined;
  /** The PDF has pages but no text at all: a scan or an image export. */
  imageOnly?: boolean | undefined;
  /** 1-based numbers of the pages that had no text (image-only pages in an otherwise text PDF). */
  pagesWithoutText?: number[] | undefined;
  /** 1-based numbers of the pages where `findGutter` found two columns. */
  columnPages?: number[] | undefined;
  /** How many tables the DOCX body holds (layout tables included). */
  tables?: number | undefined;
  /** How many text boxes / frames (DOCX `w:txbxContent`) the file holds. */
  textBoxes?: number | undefined;
  /** Lines the file keeps in page headers or footers (DOCX header/footer parts; PDF lines repeated at the page edge). */
  headerFooterLines?: string[] | undefined;
  /** The lines the parser took for section headings, as written. */
  headings?: string[] | undefined;
  /** The parser's confidence per field, 0–1 (`ParsedResume.confidence`). */
  confidence?: Record<string, number> | undefined;
  /** Lines the parser could not place in any section (`ParsedResume.unplaced`). */
  unplaced?: string[] | undefined;
}

export interface AtsInput {
  document: ResumeDocument;
  /** Present when the report is for an uploaded file, before or after it was saved. */
  file?: AtsFileFacts | undefined;
}

/** A check's finding before the report numbers and orders it. */
export type Finding = AtsFinding;

/** Builds findings for one category. */
export function finder(category: AtsCategoryId, out: AtsFinding[]) {
  return (severity: AtsSeverity, code: string, message: string, where: AtsLocation) => {
    out.push({ code, severity, category, message, where });
  };
}

/** `work[1].highlights[2]` style paths. */
export const pathOf = (section: string, entry?: number, field?: string, index?: number) =>
  `${section}${entry === undefined ? '' : `[${entry}]`}${field ? `.${field}` : ''}${index === undefined ? '' : `[${index}]`}`;

/** A quote cut to a readable length for a sentence (the location keeps the whole text). */
export const quote = (text: string, max = 60) =>
  `“${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text}”`;
