import { z } from 'zod';

export const CONTACTS_PAGE_SIZE = 25;

/** `/contacts?q=acme&page=2`; anything invalid falls back to the default. */
export const contactsSearchSchema = z.object({
  q: z.string().optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
});
export type ContactsSearch = z.infer<typeof contactsSearchSchema>;
