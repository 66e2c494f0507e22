import type { UpdateProfileInput, User } from '@jobpilot/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '#lib/api-client';
import { queryKeys } from '#lib/query-keys';

/** `PUT /profile`; the header shows a new name at once. */
export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateProfileInput) => unwrap(api.PUT('/api/v1/profile', { body: input })),
    onSuccess: (profile) => {
      queryClient.setQueryData(queryKeys.profiles.mine(), profile);
      queryClient.setQueryData<User | null>(queryKeys.me, (me) => (me ? { ...me, name: profile.name } : me));
      return queryClient.invalidateQueries({ queryKey: queryKeys.profiles.all, refetchType: 'none' });
    },
  });
}
