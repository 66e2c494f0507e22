import {
  type ApplicationStatus,
  CSV_IMPORT_FIELD_LABELS,
  type CsvImportDateOrder,
  type CsvImportedValues,
  type CsvImportField,
  type CsvImportRowError,
  createApplicationSchema,
  isUnstorableText,
  UNSTORABLE_TEXT,
  UNSTORABLE_TEXT_MESSAGE,
} from '@jobpilot/contracts';
import type { z } from 'zod';
import type { ParsedCsv } from './import-csv.ts';
import { parseDate } from './import-dates.ts';
import { currencyOf, parseSalary, periodOf } from './import-salary.ts';
import { normalizeLabel, statusOfValue } from './import-synonyms.ts';

export interface ReadOptions {
  mapping: (CsvImportField | null)[];
  /** Normalised status value (see `normalizeLabel`) → status. */
  statusMap: Map<string, ApplicationStatus>;
  dateOrder: CsvImportDateOrder;
}

export interface ReadRow {
  row: number;
  values: CsvImportedValues;
  errors: CsvImportRowError[];
  /** The checked create body when the row is valid. */
  input?: ImportedApplication;
}

export type ImportedApplication = z.output<typeof createApplicationSchema>;

const NO_SCHEME_URL = /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i;
const emptyToNull = (v: string | undefined) => (v === undefined || v === '' ? null : v);

/** The status of a cell: the person's choice for that value, else a known synonym. */
export function statusOfCell(value: string, statusMap: Map<string, ApplicationStatus>) {
  return statusMap.get(normalizeLabel(value)) ?? statusOfValue(value);
}

/**
 * Turns one CSV record into the application it describes, checked with the same schema as
 * `POST /applications`. Every problem is reported with the row number, field and column.
 */
export function readRow(csv: ParsedCsv, record: ParsedCsv['records'][number], options: ReadOptions): ReadRow {
  const { mapping } = options;
  const errors: CsvImportRowError[] = [];
  const columnOf = (field: CsvImportField) => {
    const index = mapping.indexOf(field);
    return index < 0 ? null : (csv.headers[index] ?? null);
  };
  const cell = (field: CsvImportField) => {
    const index = mapping.indexOf(field);
    return index < 0 ? undefined : (record.cells[index] ?? '').trim();
  };
  const fail = (field: CsvImportField, message: string) =>
    errors.push({ row: record.row, field, column: columnOf(field), message });

  // A NUL or a lone surrogate cannot be stored: the row is refused naming the field, and the others import.
  mapping.forEach((field, index) => {
    if (field && isUnstorableText(record.cells[index] ?? '')) fail(field, UNSTORABLE_TEXT_MESSAGE);
  });

  const extraNotes: string[] = [];
  const values: CsvImportedValues = {
    company: cell('company') ?? '',
    position: cell('position') ?? '',
    status: null,
    jobUrl: emptyToNull(cell('jobUrl')),
    appliedAt: null,
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    salaryPeriod: null,
    location: emptyToNull(cell('location')),
    source: emptyToNull(cell('source')),
    notes: emptyToNull(cell('notes')),
    jobDescription: emptyToNull(cell('jobDescription')),
  };
  if (values.jobUrl && NO_SCHEME_URL.test(values.jobUrl)) values.jobUrl = `https://${values.jobUrl}`;

  const applied = cell('appliedAt');
  if (applied) {
    values.appliedAt = parseDate(applied, options.dateOrder) ?? null;
    if (!values.appliedAt)
      fail('appliedAt', `Can't read the date "${applied}"; use 2026-03-31, 03/31/2026 or 31.03.2026`);
  }

  const status = cell('status');
  if (status) {
    values.status = statusOfCell(status, options.statusMap) ?? null;
    if (!values.status) fail('status', `Unknown status "${status}"; choose what it means in the status step`);
  } else {
    // An empty status: a dated row was evidently sent; anything else is still on the wish list.
    values.status = values.appliedAt ? 'applied' : 'saved';
  }

  const salary = cell('salary');
  if (salary) {
    const parsed = parseSalary(salary);
    if (parsed) {
      values.salaryMin = parsed.min;
      values.salaryMax = parsed.max;
      values.salaryCurrency = parsed.currency;
      values.salaryPeriod = parsed.period;
    } else {
      // "Competitive", "DOE": no amount to store, but the words are kept.
      extraNotes.push(`Salary: ${salary}`);
    }
  }
  for (const field of ['salaryMin', 'salaryMax'] as const) {
    const text = cell(field);
    if (!text) continue;
    const parsed = parseSalary(text);
    if (parsed?.min == null) fail(field, `Can't read the amount "${text}"`);
    else {
      values[field] = parsed.min;
      values.salaryCurrency ??= parsed.currency;
      values.salaryPeriod ??= parsed.period;
    }
  }
  const currency = cell('salaryCurrency');
  if (currency) {
    values.salaryCurrency = currencyOf(currency) ?? null;
    if (!values.salaryCurrency) fail('salaryCurrency', `Use a 3-letter currency code such as USD, not "${currency}"`);
  }
  const period = cell('salaryPeriod');
  if (period) {
    values.salaryPeriod = periodOf(period) ?? null;
    if (!values.salaryPeriod) fail('salaryPeriod', `Use hour, day, week, month or year, not "${period}"`);
  }
  if (extraNotes.length > 0) values.notes = [values.notes, ...extraNotes].filter(Boolean).join('\n\n');

  const checked = createApplicationSchema.safeParse(values);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = fieldOfIssue(String(issue.path[0] ?? ''), mapping);
      if (field && errors.some((e) => e.field === field)) continue;
      errors.push({ row: record.row, field, column: field ? columnOf(field) : null, message: issue.message });
    }
  }
  errors.push(...(csv.errors.get(record.row) ?? []));
  if (!checked.success || errors.length > 0) {
    return {
      row: record.row,
      values: shown({ ...values, company: values.company || null, position: values.position || null }),
      errors,
    };
  }
  return { row: record.row, values: checked.data, errors, input: checked.data };
}

const UNSTORABLE_GLOBAL = new RegExp(UNSTORABLE_TEXT.source, 'g');

/** The values of a refused row as the preview shows them: without the characters that could not be stored. */
function shown(values: CsvImportedValues): CsvImportedValues {
  const clean = Object.entries(values).map(([k, v]) => [
    k,
    typeof v === 'string' ? v.replace(UNSTORABLE_GLOBAL, '') : v,
  ]);
  return Object.fromEntries(clean) as CsvImportedValues;
}

/** The import field an issue on an application field belongs to: a salary bound read from a range cell is `salary`. */
function fieldOfIssue(key: string, mapping: (CsvImportField | null)[]): CsvImportField | null {
  if ((key === 'salaryMin' || key === 'salaryMax') && !mapping.includes(key) && mapping.includes('salary')) {
    return 'salary';
  }
  return (mapping as (string | null)[]).includes(key) || key in CSV_IMPORT_FIELD_LABELS
    ? (key as CsvImportField)
    : null;
}
