import type { ApplicationStatus } from '@jobpilot/contracts';
import { useMutation } from '@tanstack/react-query';
import { downloadFile } from './transfer-request';

export interface ExportFilters {
  status?: ApplicationStatus[] | undefined;
  q?: string | undefined;
  sort?: string | undefined;
}

/** `/applications/export?format=csv&…` with the list's current filters. */
export function applicationsExportPath(filters: ExportFilters): string {
  const params = new URLSearchParams({ format: 'csv' });
  for (const status of filters.status ?? []) params.append('status', status);
  if (filters.q) params.set('q', filters.q);
  if (filters.sort) params.set('sort', filters.sort);
  return `/applications/export?${params.toString()}`;
}

/** Downloads the applications CSV or the JSON of all the person's data. */
export function useDownloadExport() {
  return useMutation({
    mutationFn: (what: { kind: 'csv'; filters: ExportFilters } | { kind: 'json' }) =>
      what.kind === 'csv'
        ? downloadFile(applicationsExportPath(what.filters), 'jobpilot-applications.csv')
        : downloadFile('/export', 'jobpilot-export.json'),
  });
}
