import { type Pagination, paginate } from '@jobpilot/contracts';

/** `{ success, data, message?, timestamp }` */
export function ok<T>(data: T, message?: string) {
  return { success: true as const, data, ...(message ? { message } : {}), timestamp: new Date().toISOString() };
}

/** `{ success, data: [...], pagination, timestamp }` */
export function list<T>(items: T[], page: { page: number; limit: number; total: number }) {
  const pagination: Pagination = paginate(page.page, page.limit, page.total);
  return { success: true as const, data: items, pagination, timestamp: new Date().toISOString() };
}
