import { applicationSortSchema, applicationStatusSchema } from '@jobpilot/contracts';
import { z } from 'zod';
import type { ApplicationListParams } from '../api/application-keys';

export const DEFAULT_SORT = '-createdAt';
export const PAGE_SIZE = 20;

const text = z.string().optional().catch(undefined);
const amount = z.number().int().min(0).optional().catch(undefined);
const day = z.iso.date().optional().catch(undefined);

/**
 * `/applications?status=[…]&q=acme&location=berlin&salaryMin=60000&currency=EUR&tag=[…]&page=2&sort=-salary`, so a
 * view is a link to share; anything invalid falls back to its default on its own, keeping the rest (ADR 027).
 */
export const applicationsSearchSchema = z.object({
  status: z.array(applicationStatusSchema).optional().catch(undefined),
  q: text,
  location: text,
  source: text,
  salaryMin: amount,
  salaryMax: amount,
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((v) => v.toUpperCase())
    .optional()
    .catch(undefined),
  appliedFrom: day,
  appliedTo: day,
  tag: z.array(z.uuid()).optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
  sort: applicationSortSchema.unwrap().optional().catch(undefined),
});
export type ApplicationsSearch = z.infer<typeof applicationsSearchSchema>;

/** The filters a "Filters" drawer sets (besides status chips, the search box and sort). */
export const DRAWER_FILTERS = [
  'location',
  'source',
  'salaryMin',
  'salaryMax',
  'currency',
  'appliedFrom',
  'appliedTo',
  'tag',
] as const;

const trimmed = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** Drops values equal to their defaults so the URL only says what the person chose. */
export function cleanSearch(search: ApplicationsSearch): ApplicationsSearch {
  return {
    status: search.status?.length ? search.status : undefined,
    q: trimmed(search.q),
    location: trimmed(search.location),
    source: trimmed(search.source),
    salaryMin: search.salaryMin ?? undefined,
    salaryMax: search.salaryMax ?? undefined,
    currency: trimmed(search.currency)?.toUpperCase(),
    appliedFrom: search.appliedFrom || undefined,
    appliedTo: search.appliedTo || undefined,
    tag: search.tag?.length ? search.tag : undefined,
    page: search.page && search.page > 1 ? search.page : undefined,
    sort: search.sort && search.sort !== DEFAULT_SORT ? search.sort : undefined,
  };
}

/** How many of the drawer's filters are set (the number on the Filters button). */
export function drawerFilterCount(search: ApplicationsSearch): number {
  const clean = cleanSearch(search);
  return DRAWER_FILTERS.filter((key) => clean[key] !== undefined).length;
}

/** What a saved view keeps: everything but the page, without empty values. */
export function viewOf(search: ApplicationsSearch): Omit<ApplicationsSearch, 'page'> {
  const { page: _, ...rest } = cleanSearch(search);
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
}

/**
 * The list request for a search: without a chosen sort a search is ranked by relevance (the server's default when
 * `sort` is absent), anything else is newest first.
 */
export function listParamsOf(search: ApplicationsSearch): ApplicationListParams {
  const clean = cleanSearch(search);
  return {
    status: clean.status ?? [],
    q: clean.q ?? '',
    location: clean.location,
    source: clean.source,
    salaryMin: clean.salaryMin,
    salaryMax: clean.salaryMax,
    currency: clean.currency,
    appliedFrom: clean.appliedFrom,
    appliedTo: clean.appliedTo,
    tag: clean.tag ?? [],
    page: clean.page ?? 1,
    limit: PAGE_SIZE,
    sort: search.sort ?? (clean.q ? undefined : DEFAULT_SORT),
  };
}
