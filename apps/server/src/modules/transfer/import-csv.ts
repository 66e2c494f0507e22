import { CSV_IMPORT_COLUMNS_MAX, CSV_IMPORT_ROWS_MAX, type CsvImportRowError, ErrorCode } from '@jobpilot/contracts';
import Papa from 'papaparse';
import { AppError } from '#platform/http/errors.ts';

export interface ParsedCsv {
  /** `,`, `;`, `\t` or `|`. */
  delimiter: string;
  headers: string[];
  /** Data rows, each as long as `headers`, with the spreadsheet row number (the header is row 1). */
  records: { row: number; cells: string[] }[];
  /** Rows the parser could not read cleanly (an unclosed quote). */
  errors: CsvImportRowError[];
}

const DELIMITERS = [',', ';', '\t', '|'];

const invalid = (message: string) => new AppError(ErrorCode.ValidationFailed, message, { field: 'csv' });

/**
 * Reads CSV text: detects the delimiter, takes the first non-blank row as the header, skips blank rows.
 * Throws a 422 on `csv` for a file without a header or data rows, or with too many rows or columns.
 */
export function parseCsv(text: string): ParsedCsv {
  const source = text.replace(/^\uFEFF/, '');
  const result = Papa.parse<string[]>(source, { header: false, delimiter: '', delimitersToGuess: DELIMITERS });
  // Blank rows are skipped but still counted, so row numbers match what a spreadsheet shows.
  const nonBlank = result.data
    .map((cells, index) => ({ row: index + 1, cells }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  const [header, ...rows] = nonBlank;
  if (!header) throw invalid('The file is empty');
  if (rows.length === 0) throw invalid('The file has a header row but no applications under it');
  if (rows.length > CSV_IMPORT_ROWS_MAX) {
    throw invalid(
      `The file has ${rows.length.toLocaleString('en-US')} rows; import at most ${CSV_IMPORT_ROWS_MAX.toLocaleString('en-US')} at a time`,
    );
  }
  const headers = header.cells.map((h, i) => h.trim() || `Column ${i + 1}`);
  if (headers.length > CSV_IMPORT_COLUMNS_MAX) {
    throw invalid(`The file has ${headers.length} columns; at most ${CSV_IMPORT_COLUMNS_MAX} are read`);
  }
  // Papa reports the index of the row in `data` (header included), so the spreadsheet row is index + 1.
  const errors: CsvImportRowError[] = result.errors
    .filter((e) => e.type === 'Quotes' && e.row !== undefined)
    .map((e) => ({
      row: (e.row ?? 0) + 1,
      field: null,
      column: null,
      message: 'A quoted cell is never closed; the rest of the file was read into it',
    }));
  return {
    delimiter: result.meta.delimiter,
    headers,
    records: rows.map(({ row, cells }) => ({ row, cells: headers.map((_, c) => cells[c] ?? '') })),
    errors,
  };
}
