import type { Contact } from '@jobpilot/contracts';

const BOM = '\uFEFF';
const CRLF = '\r\n';
/** Several values in one cell, as Google Contacts writes them (the importer splits them again). */
export const MULTI_VALUE_SEPARATOR = ' ::: ';
export const CSV_HEADERS = ['Name', 'Company', 'Job Title', 'E-mail Address', 'Phone', 'Website', 'Notes'] as const;

/**
 * One CSV cell: always quoted, quotes doubled, and a cell a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) prefixed with `'` so it stays text.
 *
 * @example
 * csvCell('=HYPERLINK("http://evil")') // `"'=HYPERLINK(""http://evil"")"`
 */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${guarded.replace(/"/g, '""')}"`;
}

/** Excel-friendly CSV: UTF-8 with a byte-order mark, CRLF rows, every field quoted. */
export function toCsv(contacts: Contact[]): string {
  const rows = contacts.map((c) =>
    [
      c.name,
      c.company ?? '',
      c.position ?? '',
      c.emails.join(MULTI_VALUE_SEPARATOR),
      c.phones.join(MULTI_VALUE_SEPARATOR),
      c.links.join(MULTI_VALUE_SEPARATOR),
      c.notes ?? '',
    ]
      .map(csvCell)
      .join(','),
  );
  return BOM + [CSV_HEADERS.map(csvCell).join(','), ...rows].join(CRLF) + CRLF;
}
