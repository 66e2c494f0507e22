/** The list's parameters; the keys themselves are in `#lib/query-keys`. */
export type { InterviewListParams } from '#lib/query-keys';
