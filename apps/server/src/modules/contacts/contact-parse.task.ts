import { type ContactFileFormat, ErrorCode } from '@jobpilot/contracts';
import { AppError } from '#platform/errors.ts';
import { decodeUpload, textFileProblem, textFileProblemMessage } from '#platform/text-decode.ts';
import { defineParseTask } from '#platform/untrusted/task.ts';
import { type DraftResult, toDraft } from './contact-draft.ts';
import { parseContactsCsv } from './csv-import.ts';
import { cardToRaw } from './vcard-map.ts';
import { readVcards } from './vcard-parse.ts';

export interface ContactFileInput {
  /** The bytes of an upload, or the text of a JSON import. */
  content: Uint8Array | string;
  filename?: string | undefined;
  format?: ContactFileFormat | undefined;
}

export interface ParsedContactFile {
  format: ContactFileFormat;
  entries: { index: number; result: DraftResult }[];
}

/** The explicit format, else the file extension, else a file starting with BEGIN:VCARD is a vCard. */
export function formatOf(file: ContactFileInput, text: string): ContactFileFormat {
  if (file.format) return file.format;
  const extension = file.filename?.toLowerCase().match(/\.(vcf|vcard|csv)$/)?.[1];
  if (extension) return extension === 'csv' ? 'csv' : 'vcf';
  return /^\uFEFF?\s*BEGIN:VCARD/i.test(text) ? 'vcf' : 'csv';
}

/** Decodes a vCard or CSV file and turns each card or row into the contact an import would save. */
export function parseContactFile(file: ContactFileInput): ParsedContactFile {
  const text = typeof file.content === 'string' ? file.content : decodeUpload(file.content);
  const problem = textFileProblem(text);
  if (problem) {
    const field = typeof file.content === 'string' ? 'text' : 'file';
    throw new AppError(ErrorCode.ValidationFailed, textFileProblemMessage(problem, 'vCard or CSV'), { field });
  }
  const format = formatOf(file, text);
  if (format === 'vcf') {
    const entries: ParsedContactFile['entries'] = [];
    for (const card of readVcards(text)) {
      const result = toDraft(cardToRaw(card));
      if (!card.closed) result.warnings.push('The card has no END:VCARD, so it may be incomplete');
      entries.push({ index: card.index, result });
    }
    return { format, entries };
  }
  const csv = parseContactsCsv(text);
  if (csv.error) throw new AppError(ErrorCode.ValidationFailed, csv.error, { field: 'file' });
  return { format, entries: csv.rows.map((row) => ({ index: row.index, result: toDraft(row.raw) })) };
}

/** The parse of a contacts import, run in the untrusted-document pool. */
export const parseContactFileTask = defineParseTask(import.meta.url, 'contacts.parse-file', parseContactFile);
