import type { MyProfile } from '@jobpilot/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '#lib/api-client';
import { profileKeys } from './profile-keys';

/** `GET /profile` — the signed-in user's own profile. */
export function useMyProfile() {
  return useQuery({
    queryKey: profileKeys.mine(),
    queryFn: async () => (await api.get<MyProfile>('/profile')).data,
  });
}
