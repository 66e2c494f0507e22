import type { CsvImportOptions } from '@jobpilot/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { queryKeys } from '#lib/query-keys';
import { type ImportSource, previewImport } from './transfer-request';

/** One chosen file or pasted text; `id` tells sources apart in query keys (a File is not a key). */
export interface SourceRef {
  id: number;
  source: ImportSource;
}

/** `POST /applications/import/preview` — writes nothing, so it is cached like a read. */
export const importPreviewOptions = (ref: SourceRef, options: CsvImportOptions) =>
  queryOptions({
    queryKey: queryKeys.transfer.importPreview(ref.id, options),
    queryFn: () => previewImport(ref.source, options),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The preview for the current choices; the last one stays on screen while the next loads. */
export function useImportPreview(ref: SourceRef | null, options: CsvImportOptions) {
  return useQuery({
    ...importPreviewOptions(ref ?? { id: -1, source: { kind: 'text', text: '' } }, options),
    enabled: ref !== null,
    placeholderData: keepPreviousData,
  });
}
