/** What the Contacts page asks the list endpoint for. */
export interface ContactListParams {
  q: string;
  page: number;
  limit: number;
}

/** Query keys of the contacts feature; invalidate `lists()` after any change. */
export const contactKeys = {
  all: ['contacts'] as const,
  lists: () => [...contactKeys.all, 'list'] as const,
  list: (params: ContactListParams) => [...contactKeys.lists(), params] as const,
  applicationOptions: () => [...contactKeys.all, 'application-options'] as const,
};
