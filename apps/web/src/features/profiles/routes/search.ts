import { z } from 'zod';

/** `/people?q=ann&page=2`; anything invalid falls back to the default. */
export const peopleSearchSchema = z.object({
  q: z.string().optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
});
export type PeopleSearch = z.infer<typeof peopleSearchSchema>;

/** `/favorites?page=2` */
export const favoritesSearchSchema = z.object({
  page: z.number().int().min(1).optional().catch(undefined),
});
