import { ErrorCode } from '@jobpilot/contracts';
import Papa from 'papaparse';
import { AppError } from '#platform/errors.ts';

/** What one row of a CSV file may hold; checked by `scanCsv` before a parser builds any row. */
export interface CsvRowLimits {
  /** Cells in one row. */
  cells: number;
  /** Characters of one row, quotes and delimiters included. */
  rowChars: number;
  /** Characters of one cell, its quotes included. */
  cellChars: number;
}

/** Characters the delimiter guess reads: the first ten rows of any real file, and no more. */
const GUESS_CHARS = 64 * 1024;

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The delimiter papaparse would guess for `text`, guessed from its first 64 KiB only (cut after the
 * last line break there), so a file whose first row is millions of cells wide costs no more than that.
 * Pass the answer to the parser (`delimiter`), so the scan and the parse read the same cells.
 *
 * @example
 * guessCsvDelimiter('a;b\n1;2\n', [',', ';']) // ';'
 */
export function guessCsvDelimiter(
  text: string,
  candidates: string[],
  options: { skipEmptyLines?: boolean | 'greedy' } = {},
): string {
  let prefix = text.slice(0, GUESS_CHARS);
  if (text.length > GUESS_CHARS) {
    const lastBreak = Math.max(prefix.lastIndexOf('\n'), prefix.lastIndexOf('\r'));
    if (lastBreak > 0) prefix = prefix.slice(0, lastBreak);
  }
  const guessed = Papa.parse<string[]>(prefix, {
    delimitersToGuess: candidates,
    preview: 10,
    skipEmptyLines: options.skipEmptyLines ?? false,
  });
  return guessed.meta.delimiter || ',';
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

const SPACE = 32;

/** Whether a `"` before `at` closes its cell: only spaces stand between it and a delimiter, a line break or the end. */
function closes(text: string, at: number, delim: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === SPACE && delim !== SPACE) i++;
  const c = text.charCodeAt(i);
  return i >= text.length || c === delim || c === CR || c === LF;
}

const refuse = (field: string, message: string) => new AppError(ErrorCode.ValidationFailed, message, { field });

/**
 * Reads CSV text once, as papaparse will (a cell that starts with `"` is quoted until a `"` that is
 * followed by the delimiter or a line break; `""` inside is a quote), counting cells and characters
 * of each row, and throws a 422 on `field` at the first row past `limits`, naming the row (1-based,
 * as a spreadsheet shows it) and the limit. Builds nothing: linear in the text, constant in memory.
 *
 * @example
 * scanCsv(text, ',', { cells: 500, rowChars: 1 << 20, cellChars: 1 << 18 }, 'file');
 */
export function scanCsv(text: string, delimiter: string, limits: CsvRowLimits, field: string): void {
  const delim = delimiter.charCodeAt(0);
  const end = text.length;
  let row = 1;
  let rowStart = 0;
  let cellStart = 0;
  let cells = 1;
  let i = 0;

  const checkCell = (at: number) => {
    if (at - cellStart > limits.cellChars) {
      throw refuse(
        field,
        `Row ${count(row)} has a cell longer than ${count(limits.cellChars)} characters, more than an import reads`,
      );
    }
    if (at - rowStart > limits.rowChars) {
      throw refuse(
        field,
        `Row ${count(row)} is longer than ${count(limits.rowChars)} characters, more than an import reads`,
      );
    }
  };

  while (i < end) {
    if (text.charCodeAt(i) === QUOTE) {
      // A quoted cell: jump from quote to quote, stopping at the one that closes it.
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          j = end;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          j = q + 2;
        } else if (closes(text, q + 1, delim)) {
          j = q + 1;
          break;
        } else {
          j = q + 1;
        }
        if (j - cellStart > limits.cellChars) break;
      }
      checkCell(j);
      i = j;
    }
    // The unquoted rest of the cell, up to the delimiter or the line break that ends it.
    let c = text.charCodeAt(i);
    while (i < end && c !== delim && c !== CR && c !== LF) c = text.charCodeAt(++i);
    checkCell(i);
    if (i >= end) break;
    if (c === delim) {
      if (++cells > limits.cells) {
        throw refuse(field, `Row ${count(row)} has more than ${count(limits.cells)} cells, more than an import reads`);
      }
      cellStart = ++i;
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    row++;
    rowStart = i;
    cellStart = i;
    cells = 1;
  }
}
