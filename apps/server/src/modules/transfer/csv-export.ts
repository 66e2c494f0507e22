import { type Application, TRANSFER_STATUS_LABELS } from '@jobpilot/contracts';
import { type CsvCell, toCsv } from '#platform/csv.ts';

/** `2026-03-31T09:15:00Z`: ISO 8601 in UTC, to the second. */
const isoSecond = (iso: string) => iso.replace(/\.\d{3}Z$/, 'Z');

/**
 * The export's columns: readable names (which the import recognises, so an export can be imported
 * again) and every field of an application; the id comes last, for people who match rows up later.
 */
const COLUMNS: [string, (a: Application) => CsvCell][] = [
  ['Company', (a) => a.company],
  ['Position', (a) => a.position],
  ['Status', (a) => TRANSFER_STATUS_LABELS[a.status]],
  ['Date applied', (a) => a.appliedAt],
  ['Location', (a) => a.location],
  ['Salary min', (a) => a.salaryMin],
  ['Salary max', (a) => a.salaryMax],
  ['Salary currency', (a) => a.salaryCurrency],
  ['Salary period', (a) => a.salaryPeriod],
  ['Job URL', (a) => a.jobUrl],
  ['Source', (a) => a.source],
  ['Notes', (a) => a.notes],
  ['Job description', (a) => a.jobDescription],
  ['Created', (a) => isoSecond(a.createdAt)],
  ['Updated', (a) => isoSecond(a.updatedAt)],
  ['ID', (a) => a.id],
];

export const EXPORT_CSV_HEADER = COLUMNS.map(([name]) => name);

/** The applications as an Excel-friendly CSV document (see `toCsv`), one row each. */
export function applicationsCsv(applications: readonly Application[]): string {
  return toCsv(
    EXPORT_CSV_HEADER,
    applications.map((a) => COLUMNS.map(([, value]) => value(a))),
  );
}
