/** Query keys of the profiles feature; a change to one's own profile or a favourite invalidates `all`. */
export const profileKeys = {
  all: ['profiles'] as const,
  mine: () => [...profileKeys.all, 'mine'] as const,
  people: (q: string, page: number) => [...profileKeys.all, 'people', { q, page }] as const,
  person: (id: string) => [...profileKeys.all, 'person', id] as const,
  favorites: (page: number) => [...profileKeys.all, 'favorites', page] as const,
};

/** The "me" query of the auth feature, whose name changes with the profile (same key, no import across features). */
export const ME_QUERY_KEY = ['auth', 'me'] as const;
