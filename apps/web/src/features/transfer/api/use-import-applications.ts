import type { CsvImportOptions, CsvImportResult } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ImportSource, postImport } from './transfer-request';

/** The applications feature's query keys all start with this; imported rows change its lists. */
const APPLICATIONS_KEY = ['applications'];

/** `POST /applications/import` */
export function useImportApplications() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ source, options }: { source: ImportSource; options: CsvImportOptions }) =>
      postImport<CsvImportResult>('/applications/import', source, options),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: APPLICATIONS_KEY }),
  });
}
