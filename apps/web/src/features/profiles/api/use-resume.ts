import type { MyProfile } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '#lib/api-client';
import { uploadFile } from '#lib/send';
import { profileKeys } from './profile-keys';

/** `PUT /profile/resume` (multipart) with upload progress in percent. */
export function useUploadResume() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState(0);
  const mutation = useMutation({
    mutationFn: async (file: File) => {
      setProgress(0);
      return (await uploadFile<MyProfile>('/profile/resume', file, { method: 'PUT', onProgress: setProgress })).data;
    },
    onSuccess: (profile) => queryClient.setQueryData(profileKeys.mine(), profile),
  });
  return { ...mutation, progress };
}

/** `DELETE /profile/resume` */
export function useDeleteResume() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/profile/resume'),
    onSuccess: () =>
      queryClient.setQueryData<MyProfile>(profileKeys.mine(), (profile) =>
        profile ? { ...profile, resume: null } : profile,
      ),
  });
}
