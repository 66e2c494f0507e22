import {
  APPLICATION_STATUSES,
  CSV_IMPORT_FIELD_LABELS,
  CSV_IMPORT_FIELDS,
  type CsvImportField,
  TRANSFER_STATUS_LABELS,
} from '@jobpilot/contracts';

/** The value a NativeSelect uses for "ignore this column". */
export const IGNORE = '';

export const FIELD_OPTIONS = [
  { value: IGNORE, label: 'Ignore this column' },
  ...CSV_IMPORT_FIELDS.map((field) => ({ value: field, label: CSV_IMPORT_FIELD_LABELS[field] })),
];

export const STATUS_OPTIONS = [
  { value: IGNORE, label: 'Choose a status…' },
  ...APPLICATION_STATUSES.map((status) => ({ value: status, label: TRANSFER_STATUS_LABELS[status] })),
];

export const fieldLabel = (field: CsvImportField) => CSV_IMPORT_FIELD_LABELS[field];

/** "Company, Position" */
export const listOf = (fields: readonly CsvImportField[]) => fields.map(fieldLabel).join(', ');

/** `n` with the noun in singular or plural: "1 row", "7 rows". */
export const count = (n: number, noun: string) => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };
export const delimiterName = (delimiter: string) => DELIMITER_NAMES[delimiter] ?? `"${delimiter}"`;
