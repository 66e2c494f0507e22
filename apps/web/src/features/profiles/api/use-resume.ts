import type { MyProfile } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, asFormData, progressFetch, unwrap, unwrapEnvelope } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `PUT /profile/resume` (multipart) with upload progress in percent. */
export function useUploadResume() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState(0);
  const mutation = useMutation({
    mutationFn: async (file: File) => {
      setProgress(0);
      const fetch = progressFetch(setProgress);
      return unwrap(api.PUT('/api/v1/profile/resume', { body: { file }, bodySerializer: asFormData, fetch }));
    },
    onSuccess: (profile) => queryClient.setQueryData(queryKeys.profiles.mine(), profile),
  });
  return { ...mutation, progress };
}

/** `DELETE /profile/resume` */
export function useDeleteResume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrapEnvelope(api.DELETE('/api/v1/profile/resume')),
    onSuccess: () =>
      queryClient.setQueryData<MyProfile>(queryKeys.profiles.mine(), (profile) =>
        profile ? { ...profile, resume: null } : profile,
      ),
  });
}
