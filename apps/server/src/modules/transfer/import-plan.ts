import {
  type ApplicationStatus,
  CSV_IMPORT_ERRORS_MAX,
  CSV_IMPORT_PREVIEW_ROWS,
  CSV_IMPORT_REQUIRED_FIELDS,
  type CsvImportDateOrder,
  type CsvImportField,
  type CsvImportPreview,
  type CsvImportStatusValue,
  ErrorCode,
  UNSTORABLE_TEXT,
} from '@jobpilot/contracts';
import { AppError } from '#platform/errors.ts';
import { type ParsedCsv, parseCsv } from './import-csv.ts';
import { detectDateOrder } from './import-dates.ts';
import { type ImportedApplication, type ReadRow, readRow, statusOfCell } from './import-rows.ts';
import { normalizeLabel, suggestMapping } from './import-synonyms.ts';

export interface PlanOptions {
  mapping?: (CsvImportField | null)[] | undefined;
  statusMap?: Record<string, ApplicationStatus> | undefined;
  dateOrder?: CsvImportDateOrder | undefined;
  skipDuplicates: boolean;
}

export interface ImportPlan {
  preview: CsvImportPreview;
  /** The rows an import writes: valid, and not duplicates when those are skipped. */
  inputs: ImportedApplication[];
}

/** Company and position, ignoring case, spaces and punctuation: "Acme, Inc." matches "acme inc". */
export const duplicateKey = (a: { company: string; position: string }) =>
  `${normalizeLabel(a.company)}\u0000${normalizeLabel(a.position)}`;

const UNSTORABLE_GLOBAL = new RegExp(UNSTORABLE_TEXT.source, 'g');
/** Text of the file as the preview shows it: without characters that cannot be stored (a NUL). */
const shownText = (text: string) => text.replace(UNSTORABLE_GLOBAL, '');

function columnValues(csv: ParsedCsv, mapping: (CsvImportField | null)[], field: CsvImportField): string[] {
  const index = mapping.indexOf(field);
  if (index < 0) return [];
  return csv.records.map((r) => (r.cells[index] ?? '').trim()).filter(Boolean);
}

/** Each distinct status value (first spelling seen), how many rows have it, and what it means. */
function statusValues(values: string[], statusMap: Map<string, ApplicationStatus>): CsvImportStatusValue[] {
  const found = new Map<string, CsvImportStatusValue>();
  for (const value of values) {
    const key = normalizeLabel(value);
    const entry = found.get(key);
    if (entry) entry.count += 1;
    else found.set(key, { value, count: 1, status: statusOfCell(value, statusMap) ?? null });
  }
  return [...found.values()];
}

/**
 * Reads the CSV with the person's choices (or the suggested ones) and decides, without writing anything,
 * what an import would do: the preview the wizard shows and the rows `importApplications` writes.
 * `existingKeys` are the `duplicateKey`s of the person's applications.
 */
export function planImport(text: string, options: PlanOptions, existingKeys: Set<string>): ImportPlan {
  const csv = parseCsv(text);
  const suggestedMapping = suggestMapping(csv.headers);
  const mapping = options.mapping ?? suggestedMapping;
  if (mapping.length !== csv.headers.length) {
    throw new AppError(
      ErrorCode.ValidationFailed,
      `The mapping names ${mapping.length} columns but the file has ${csv.headers.length}`,
      { field: 'mapping' },
    );
  }
  const detected = detectDateOrder(columnValues(csv, mapping, 'appliedAt'));
  const dateOrder = options.dateOrder ?? detected.order;
  const statusMap = new Map(
    Object.entries(options.statusMap ?? {}).map(([value, status]) => [normalizeLabel(value), status] as const),
  );

  const rows: (ReadRow & { duplicate: boolean })[] = [];
  const seen = new Set(existingKeys);
  for (const record of csv.records) {
    const read = readRow(csv, record, { mapping, statusMap, dateOrder });
    const key = read.input ? duplicateKey(read.input) : undefined;
    const duplicate = key !== undefined && seen.has(key);
    if (key) seen.add(key);
    rows.push({ ...read, duplicate });
  }

  const valid = rows.filter((r) => r.input);
  const importable = valid.filter((r) => !(options.skipDuplicates && r.duplicate));
  const errors = rows.flatMap((r) => r.errors);
  const preview: CsvImportPreview = {
    delimiter: csv.delimiter,
    headers: csv.headers.map(shownText),
    samples: csv.headers.map((_, i) =>
      csv.records
        .map((r) => shownText((r.cells[i] ?? '').trim()))
        .filter(Boolean)
        .slice(0, 3),
    ),
    suggestedMapping,
    mapping,
    missingFields: CSV_IMPORT_REQUIRED_FIELDS.filter((f) => !mapping.includes(f)),
    statusValues: statusValues(columnValues(csv, mapping, 'status'), statusMap),
    dateOrder,
    dateOrderAmbiguous: detected.ambiguous,
    totalRows: rows.length,
    validRows: valid.length,
    invalidRows: rows.length - valid.length,
    duplicateRows: valid.filter((r) => r.duplicate).length,
    importableRows: importable.length,
    rows: rows
      .slice(0, CSV_IMPORT_PREVIEW_ROWS)
      .map(({ row, values, errors: rowErrors, duplicate }) => ({ row, values, errors: rowErrors, duplicate })),
    errors: errors.slice(0, CSV_IMPORT_ERRORS_MAX),
  };
  return { preview, inputs: importable.flatMap((r) => (r.input ? [r.input] : [])) };
}
