import { CONTACT_IMPORT_MAX, ErrorCode } from '@jobpilot/contracts';
import Papa from 'papaparse';
import { AppError } from '#platform/errors.ts';
import { type CsvRowLimits, guessCsvDelimiter, scanCsv } from '#platform/untrusted/csv-scan.ts';
import type { RawContact } from './contact-draft.ts';

type Role = 'name' | 'first' | 'middle' | 'last' | 'company' | 'position' | 'email' | 'phone' | 'link' | 'notes';

const EXACT: Record<string, Role> = {
  name: 'name',
  fullname: 'name',
  displayname: 'name',
  contactname: 'name',
  firstname: 'first',
  givenname: 'first',
  middlename: 'middle',
  additionalname: 'middle',
  lastname: 'last',
  familyname: 'last',
  surname: 'last',
  company: 'company',
  companyname: 'company',
  organization: 'company',
  organisation: 'company',
  organizationname: 'company',
  organization1name: 'company',
  employer: 'company',
  jobtitle: 'position',
  position: 'position',
  organizationtitle: 'position',
  organization1title: 'position',
  role: 'position',
  notes: 'notes',
  note: 'notes',
  url: 'link',
  link: 'link',
  links: 'link',
  linkedin: 'link',
  profileurl: 'link',
  homepage: 'link',
};

/**
 * What a column holds, from its header as Google Contacts (old and new), Outlook, LinkedIn and
 * JobPilot's own export name it. Outlook's `Title` is the honorific (Mr., Dr.), so it is not the position;
 * type, label and display-name columns are skipped.
 */
export function columnRole(header: string): Role | undefined {
  const h = header.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (/type|label|displayname|fax|assistant/.test(h)) return undefined;
  const exact = EXACT[h];
  if (exact) return exact;
  if (h.startsWith('email') || h.startsWith('mail')) return 'email';
  if (h.includes('phone') || h.startsWith('mobile') || h === 'tel' || h === 'telephone') return 'phone';
  if (h.includes('website') || h.includes('webpage')) return 'link';
  return undefined;
}

/** Values of one kind read from one cell; a cell cannot make the import check more than these. */
const CELL_VALUES_MAX = 100;

/** Google writes several values in one cell as `a ::: b`. */
const values = (cell: string, role: Role): string[] => {
  const parts = cell.split(':::', CELL_VALUES_MAX);
  const split = role === 'email' ? /[;,\s]+/ : role === 'link' ? /\s+/ : null;
  return (split ? parts.flatMap((p) => p.split(split, CELL_VALUES_MAX)) : parts)
    .slice(0, CELL_VALUES_MAX)
    .map((v) => v.trim())
    .filter(Boolean);
};

/** Undoes the export's formula guard: `'=SUM(…)` was written for `=SUM(…)`. */
const unguard = (cell: string) => (cell[0] === "'" && /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export interface CsvRows {
  rows: { index: number; raw: RawContact }[];
  /** Set when no header row with a name or email column was found. */
  error: string | null;
}

const HEADER_SEARCH_ROWS = 10;

/**
 * What one row of a contacts CSV may hold, checked before any row is built. Google's and Outlook's
 * exports have about 90 columns and rows of a few hundred characters; a note longer than a cell may be
 * is shortened on import anyway (`CONTACT_NOTES_MAX`).
 */
export const CONTACT_CSV_ROW_LIMITS: CsvRowLimits = { cells: 500, rowChars: 1024 * 1024, cellChars: 256 * 1024 };

/** The delimiters papaparse guesses among by default. */
const DELIMITERS = [',', '\t', '|', ';', Papa.RECORD_SEP, Papa.UNIT_SEP];

/** More contacts than one import takes: the reading stops at the first row past the limit. */
export const tooManyRows = () =>
  new AppError(
    ErrorCode.ValidationFailed,
    `The file holds more than ${CONTACT_IMPORT_MAX.toLocaleString('en-US')} contacts; import at most ${CONTACT_IMPORT_MAX.toLocaleString('en-US')} at a time`,
    { field: 'file' },
  );

const isHeader = (row: string[]) =>
  row.some((cell) => ['name', 'first', 'last', 'email'].includes(columnRole(cell) ?? ''));

function rawContact(cells: string[], roles: (Role | undefined)[]): RawContact {
  const raw: RawContact = { name: null, position: null, company: null, emails: [], phones: [], links: [], notes: null };
  const names: Partial<Record<'first' | 'middle' | 'last', string>> = {};
  for (let column = 0; column < roles.length; column++) {
    const role = roles[column];
    if (!role) continue;
    const cell = unguard(cells[column] ?? '').trim();
    if (cell === '') continue;
    if (role === 'email') raw.emails.push(...values(cell, role));
    else if (role === 'phone') raw.phones.push(...values(cell, role));
    else if (role === 'link') raw.links.push(...values(cell, role));
    else if (role === 'first' || role === 'middle' || role === 'last') names[role] ??= cell;
    else if (role === 'notes') raw.notes = raw.notes ? `${raw.notes}\n\n${cell}` : cell;
    else raw[role] ??= cell;
  }
  raw.name ??= [names.first, names.middle, names.last].filter(Boolean).join(' ') || null;
  return raw;
}

/**
 * Contacts from a CSV file: the header is the first of the first rows with a name or email column.
 * Rows are turned into contacts as they are read, and the reading stops at the first row past
 * `CONTACT_IMPORT_MAX` with a 422, so a file of a million tiny rows costs no more than 2,001 of them.
 * Before that, one pass checks each row against `CONTACT_CSV_ROW_LIMITS`, so no row too wide is built.
 */
export function parseContactsCsv(text: string): CsvRows {
  let roles: (Role | undefined)[] | undefined;
  let seen = 0;
  let failure: AppError | undefined;
  const rows: CsvRows['rows'] = [];
  const source = text.replace(/^\uFEFF/, '');
  const delimiter = guessCsvDelimiter(source, DELIMITERS, { skipEmptyLines: 'greedy' });
  scanCsv(source, delimiter, CONTACT_CSV_ROW_LIMITS, 'file');
  Papa.parse<string[]>(source, {
    delimiter,
    skipEmptyLines: 'greedy',
    step: ({ data: cells }, parser) => {
      if (!Array.isArray(cells)) return;
      if (!roles) {
        if (isHeader(cells)) roles = cells.map(columnRole);
        else if (++seen >= HEADER_SEARCH_ROWS) parser.abort();
        return;
      }
      if (rows.length >= CONTACT_IMPORT_MAX) {
        failure = tooManyRows();
        parser.abort();
        return;
      }
      rows.push({ index: rows.length + 1, raw: rawContact(cells, roles) });
    },
  });
  if (failure) throw failure;
  if (!roles) return { rows: [], error: 'No header row with a Name or E-mail column was found' };
  return { rows, error: null };
}
