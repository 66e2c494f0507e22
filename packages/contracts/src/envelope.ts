import { z } from 'zod';
import type { ErrorCode } from './errors.js';

/** Pagination block of every list response. */
export const paginationSchema = z.object({
  page: z.number().int(),
  limit: z.number().int(),
  total: z.number().int(),
  totalPages: z.number().int(),
  hasNext: z.boolean(),
  hasPrev: z.boolean(),
});
export type Pagination = z.infer<typeof paginationSchema>;

export const PAGE_LIMIT_DEFAULT = 20;
export const PAGE_LIMIT_MAX = 100;

/** `page` and `limit` query parameters, coerced from strings. */
export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(PAGE_LIMIT_MAX).default(PAGE_LIMIT_DEFAULT),
});

/** Success envelope schema for a given data schema. */
export function successSchema<T extends z.ZodType>(data: T) {
  return z.object({
    success: z.literal(true),
    data,
    message: z.string().optional(),
    timestamp: z.string(),
  });
}

/** List envelope schema for a given item schema. */
export function listSchema<T extends z.ZodType>(item: T) {
  return z.object({
    success: z.literal(true),
    data: z.array(item),
    pagination: paginationSchema,
    timestamp: z.string(),
  });
}

export const errorBodySchema = z.object({
  success: z.literal(false),
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
    field: z.string().optional(),
  }),
  statusCode: z.number().int(),
  timestamp: z.string(),
});

export interface ApiSuccess<T> {
  success: true;
  data: T;
  message?: string;
  timestamp: string;
}
export interface ApiList<T> {
  success: true;
  data: T[];
  pagination: Pagination;
  timestamp: string;
}
export interface ApiError {
  success: false;
  error: { code: ErrorCode | string; message: string; details?: unknown; field?: string };
  statusCode: number;
  timestamp: string;
}

/**
 * Builds the pagination block from a page request and a total count.
 *
 * @example
 * paginate(2, 20, 45) // { page: 2, limit: 20, total: 45, totalPages: 3, hasNext: true, hasPrev: true }
 */
export function paginate(page: number, limit: number, total: number): Pagination {
  const totalPages = Math.max(1, Math.ceil(total / limit));
  return { page, limit, total, totalPages, hasNext: page < totalPages, hasPrev: page > 1 };
}
