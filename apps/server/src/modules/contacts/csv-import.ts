import Papa from 'papaparse';
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

/** Google writes several values in one cell as `a ::: b`. */
const values = (cell: string, role: Role): string[] => {
  const parts = cell.split(':::');
  const split = role === 'email' ? /[;,\s]+/ : role === 'link' ? /\s+/ : null;
  return (split ? parts.flatMap((p) => p.split(split)) : parts).map((v) => v.trim()).filter(Boolean);
};

/** Undoes the export's formula guard: `'=SUM(…)` was written for `=SUM(…)`. */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export interface CsvRows {
  rows: { index: number; raw: RawContact }[];
  /** Set when no header row with a name or email column was found. */
  error: string | null;
}

const HEADER_SEARCH_ROWS = 10;

/** Contacts from a CSV file: the header is the first of the first rows with a name or email column. */
export function parseContactsCsv(text: string): CsvRows {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const table = parsed.data.filter((row) => Array.isArray(row));
  const headerAt = table
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((row) => row.some((cell) => ['name', 'first', 'last', 'email'].includes(columnRole(cell) ?? '')));
  if (headerAt < 0) {
    return { rows: [], error: 'No header row with a Name or E-mail column was found' };
  }
  const roles = (table[headerAt] ?? []).map(columnRole);
  const rows = table.slice(headerAt + 1).map((cells, at) => {
    const raw: RawContact = {
      name: null,
      position: null,
      company: null,
      emails: [],
      phones: [],
      links: [],
      notes: null,
    };
    const names: Partial<Record<'first' | 'middle' | 'last', string>> = {};
    cells.forEach((rawCell, column) => {
      const role = roles[column];
      const cell = unguard(rawCell ?? '').trim();
      if (!role || cell === '') return;
      if (role === 'email') raw.emails.push(...values(cell, role));
      else if (role === 'phone') raw.phones.push(...values(cell, role));
      else if (role === 'link') raw.links.push(...values(cell, role));
      else if (role === 'first' || role === 'middle' || role === 'last') names[role] ??= cell;
      else if (role === 'notes') raw.notes = raw.notes ? `${raw.notes}\n\n${cell}` : cell;
      else raw[role] ??= cell;
    });
    raw.name ??= [names.first, names.middle, names.last].filter(Boolean).join(' ') || null;
    return { index: at + 1, raw };
  });
  return { rows, error: null };
}
