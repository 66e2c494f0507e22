import type { CsvImportOptions } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '#lib/query-keys';
import { type ImportSource, runImport } from './transfer-request';

/** `POST /applications/import` */
export function useImportApplications() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ source, options }: { source: ImportSource; options: CsvImportOptions }) =>
      runImport(source, options),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.applications.all }),
  });
}
