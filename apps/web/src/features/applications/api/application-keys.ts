/** The list's parameters; the keys themselves are in `#lib/query-keys`. */
export type { ApplicationListParams } from '#lib/query-keys';
