import type { ContactFileFormat } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, asFormData, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

interface ImportVariables {
  file: File;
  mode: 'preview' | 'commit';
  format?: ContactFileFormat;
}

/** `POST /contacts/import?mode=preview|commit` with the file as multipart. */
export function useImportContacts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, mode, format }: ImportVariables) =>
      unwrap(
        api.POST('/api/v1/contacts/import', {
          params: { query: { mode } },
          body: { file, format },
          bodySerializer: asFormData,
        }),
      ),
    onSuccess: (result) => {
      if (result.committed) return queryClient.invalidateQueries({ queryKey: queryKeys.contacts.lists() });
    },
  });
}

/** Where the browser downloads the export from (a plain link: the server names the file). */
export const exportUrl = (format: ContactFileFormat, q: string) =>
  `/api/v1/contacts/export?${new URLSearchParams({ format, ...(q ? { q } : {}) }).toString()}`;
