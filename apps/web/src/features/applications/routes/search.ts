import { applicationSortSchema, applicationStatusSchema } from '@jobpilot/contracts';
import { z } from 'zod';

export const DEFAULT_SORT = '-createdAt';
export const PAGE_SIZE = 20;

/** `/applications?status=[…]&q=acme&page=2&sort=company`; anything invalid falls back to the default. */
export const applicationsSearchSchema = z.object({
  status: z.array(applicationStatusSchema).optional().catch(undefined),
  q: z.string().optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
  sort: applicationSortSchema.unwrap().optional().catch(undefined),
});
export type ApplicationsSearch = z.infer<typeof applicationsSearchSchema>;

/** Drops values equal to their defaults so the URL only says what the person chose. */
export function cleanSearch(search: ApplicationsSearch): ApplicationsSearch {
  return {
    status: search.status?.length ? search.status : undefined,
    q: search.q?.trim() ? search.q.trim() : undefined,
    page: search.page && search.page > 1 ? search.page : undefined,
    sort: search.sort && search.sort !== DEFAULT_SORT ? search.sort : undefined,
  };
}
