import { CSV_IMPORT_COLUMNS_MAX, CSV_IMPORT_ROWS_MAX, type CsvImportRowError, ErrorCode } from '@jobpilot/contracts';
import Papa from 'papaparse';
import { AppError } from '#platform/errors.ts';
import { textFileProblem, textFileProblemMessage } from '#platform/text-decode.ts';
import { type CsvRowLimits, guessCsvDelimiter, scanCsv } from '#platform/untrusted/csv-scan.ts';

export interface ParsedCsv {
  /** `,`, `;`, `\t` or `|`. */
  delimiter: string;
  headers: string[];
  /** Data rows, each as long as `headers`, with the spreadsheet row number (the header is row 1). */
  records: { row: number; cells: string[] }[];
  /**
   * Rows the parser could not read cleanly, by row number: at most one problem of a kind per row (papaparse
   * reports every stray quote), so the list stays as long as the file has rows and a row finds its own at once.
   */
  errors: Map<number, CsvImportRowError[]>;
}

const DELIMITERS = [',', ';', '\t', '|'];

const UNCLOSED = 'A quoted cell is never closed; the rest of the file was read into it';
/** What a person is told for each kind of quote problem papaparse reports. */
const QUOTE_PROBLEMS: Record<string, string> = {
  MissingQuotes: UNCLOSED,
  InvalidQuotes: 'A quoted cell has text after its closing quote; check the quotes on this row',
};

/**
 * What one row may hold, checked before any row is built: room for every field of an application at
 * its longest (a 50,000-character description) and for spreadsheets with many unused columns.
 */
export const CSV_IMPORT_ROW_LIMITS: CsvRowLimits = { cells: 1_000, rowChars: 512 * 1024, cellChars: 128 * 1024 };

const invalid = (message: string) => new AppError(ErrorCode.ValidationFailed, message, { field: 'csv' });

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Reads CSV text: detects the delimiter, takes the first non-blank row as the header, skips blank rows.
 * Throws a 422 on `csv` for a file without a header or data rows, or with too many rows or columns;
 * the limits are checked row by row while reading, so the reading stops at the first row past them,
 * and one pass before it checks each row against `CSV_IMPORT_ROW_LIMITS`, so no row too wide is built.
 */
export function parseCsv(text: string): ParsedCsv {
  const problem = textFileProblem(text);
  if (problem) throw invalid(textFileProblemMessage(problem, 'CSV'));
  const source = text.replace(/^\uFEFF/, '');
  let headers: string[] | undefined;
  let failure: AppError | undefined;
  let row = 0;
  const records: ParsedCsv['records'] = [];
  const errors: ParsedCsv['errors'] = new Map();
  const delimiter = guessCsvDelimiter(source, DELIMITERS);
  scanCsv(source, delimiter, CSV_IMPORT_ROW_LIMITS, 'csv');
  Papa.parse<string[]>(source, {
    header: false,
    delimiter,
    step: ({ data: cells, errors: problems }, parser) => {
      // Blank rows are skipped but still counted, so row numbers match what a spreadsheet shows.
      row++;
      const kinds = new Set(problems.flatMap((e) => (e.type === 'Quotes' ? [e.code] : [])));
      if (kinds.size > 0) {
        errors.set(
          row,
          [...kinds].map((kind) => ({ row, field: null, column: null, message: QUOTE_PROBLEMS[kind] ?? UNCLOSED })),
        );
      }
      if (!cells.some((c) => c.trim() !== '')) return;
      if (!headers) {
        if (cells.length > CSV_IMPORT_COLUMNS_MAX) {
          failure = invalid(`The file has ${count(cells.length)} columns; at most ${CSV_IMPORT_COLUMNS_MAX} are read`);
          parser.abort();
        }
        headers = cells.map((h, i) => h.trim() || `Column ${i + 1}`);
        return;
      }
      if (records.length >= CSV_IMPORT_ROWS_MAX) {
        failure = invalid(
          `The file has more than ${count(CSV_IMPORT_ROWS_MAX)} rows; import at most ${count(CSV_IMPORT_ROWS_MAX)} at a time`,
        );
        parser.abort();
        return;
      }
      const width = headers.length;
      records.push({ row, cells: Array.from({ length: width }, (_, c) => cells[c] ?? '') });
    },
  });
  if (failure) throw failure;
  if (!headers) throw invalid('The file is empty');
  if (records.length === 0) throw invalid('The file has a header row but no applications under it');
  return { delimiter, headers, records, errors };
}
