import type { MyProfile, UpdateProfileInput, User } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { putJson } from '#lib/send';
import { ME_QUERY_KEY, profileKeys } from './profile-keys';

/** `PUT /profile`; the header shows a new name at once. */
export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: UpdateProfileInput) => (await putJson<MyProfile>('/profile', input)).data,
    onSuccess: (profile) => {
      queryClient.setQueryData(profileKeys.mine(), profile);
      queryClient.setQueryData<User | null>(ME_QUERY_KEY, (me) => (me ? { ...me, name: profile.name } : me));
      return queryClient.invalidateQueries({ queryKey: profileKeys.all, refetchType: 'none' });
    },
  });
}
