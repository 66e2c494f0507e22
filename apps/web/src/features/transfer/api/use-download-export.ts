import type { ApplicationStatus } from '@jobpilot/contracts';
import { useMutation } from '@tanstack/react-query';
import { api, download, saveFile } from '#lib/api-client';

export interface ExportFilters {
  status?: ApplicationStatus[] | undefined;
  q?: string | undefined;
  sort?: string | undefined;
}

/** `GET /applications/export?format=csv&…` with the list's current filters, as a file. */
function exportApplications(filters: ExportFilters) {
  const query = { format: 'csv' as const, status: filters.status, q: filters.q, sort: filters.sort };
  return download(
    api.GET('/api/v1/applications/export', { params: { query }, parseAs: 'blob' }),
    'jobpilot-applications.csv',
  );
}

/** Downloads the applications CSV or the JSON of all the person's data; resolves with the file's name. */
export function useDownloadExport() {
  return useMutation({
    mutationFn: async (what: { kind: 'csv'; filters: ExportFilters } | { kind: 'json' }) =>
      saveFile(
        what.kind === 'csv'
          ? await exportApplications(what.filters)
          : await download(api.GET('/api/v1/export', { parseAs: 'blob' }), 'jobpilot-export.json'),
      ),
  });
}
