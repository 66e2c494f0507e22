/** A cell value: text, a number (written as is), or nothing (an empty cell). */
export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';
const CRLF = '\r\n';
/** Cells a spreadsheet would run as a formula (or as a DDE command) when they start with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell as RFC 4180 text. Text that a spreadsheet would evaluate as a formula gets a leading `'`
 * (OWASP "CSV injection"); numbers are written as numbers, so a negative amount stays a number.
 *
 * @example
 * csvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * An Excel-friendly CSV document: UTF-8 byte order mark (so Excel reads accents correctly),
 * a header row, CRLF line ends, RFC 4180 quoting.
 */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${BOM}${lines.join(CRLF)}${CRLF}`;
}
