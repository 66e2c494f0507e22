import type { ContactFileFormat, ImportResult } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadFile } from '#lib/send';
import { contactKeys } from './contact-keys';

interface ImportVariables {
  file: File;
  mode: 'preview' | 'commit';
  format?: ContactFileFormat;
}

/** `POST /contacts/import?mode=preview|commit` with the file as multipart. */
export function useImportContacts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, mode, format }: ImportVariables) =>
      (
        await uploadFile<ImportResult>('/contacts/import', file, {
          query: { mode },
          fields: format ? { format } : {},
        })
      ).data,
    onSuccess: (result) => {
      if (result.committed) return queryClient.invalidateQueries({ queryKey: contactKeys.lists() });
    },
  });
}

/** Where the browser downloads the export from (a plain link: the server names the file). */
export const exportUrl = (format: ContactFileFormat, q: string) =>
  `/api/v1/contacts/export?${new URLSearchParams({ format, ...(q ? { q } : {}) }).toString()}`;
