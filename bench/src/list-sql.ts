/**
 * The SQL JobPilot sends for `GET /api/v1/applications`, taken from the real repository: its `list()` runs once
 * per request shape against a stand-in client that records the statement instead of sending it. The ceiling
 * target (ceiling.ts) runs exactly these statements, and the plans (plans.ts) explain them.
 */
import { APPLICATION_SORT_FIELDS, type ApplicationSortField } from '@jobpilot/contracts';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import {
  createApplicationsRepository,
  type ListFilter,
} from '../../apps/server/src/modules/applications/applications.repository.ts';
import type { Db } from '../../apps/server/src/platform/db.ts';

export const LIST = '/api/v1/applications?limit=20';
export const FILTERED = '/api/v1/applications?status=applied&q=eng&sort=company';

/** One request shape: its path and query, and the repository filter the service builds from it. */
export interface ListCase {
  label: string;
  path: string;
  filter: Omit<ListFilter, 'page' | 'limit'> & { page?: number; limit?: number };
}

export interface ListStatement {
  label: string;
  /** The statement's name when JobPilot sends it as a named (prepared) statement. */
  name?: string;
  path: string;
  text: string;
  values: unknown[];
  page: number;
  limit: number;
}

/** The two measured requests, then every sort the API offers (both directions) for the plans. */
export function listCases(): ListCase[] {
  const sorts = APPLICATION_SORT_FIELDS.flatMap((field: ApplicationSortField) =>
    [false, true].map((desc) => ({
      label: `sort=${desc ? '-' : ''}${field}`,
      path: `/api/v1/applications?limit=20&sort=${desc ? '-' : ''}${field}`,
      filter: { statuses: [], sort: { field, desc } },
    })),
  );
  return [
    { label: 'list', path: LIST, filter: { statuses: [], sort: { field: 'createdAt', desc: true } } },
    {
      label: 'filtered',
      path: FILTERED,
      filter: { statuses: ['applied'], q: 'eng', sort: { field: 'company', desc: false } },
    },
    ...sorts.filter((s) => s.label !== 'sort=-createdAt'),
  ];
}

/** The statement (text and parameters) the repository sends for each case, for the user `userId`. */
export async function listStatements(userId: string, cases = listCases()): Promise<ListStatement[]> {
  const sent: { name?: string | undefined; text: string; values: unknown[] }[] = [];
  const recorder = {
    query: async (config: pg.QueryConfig, values: unknown[]) => {
      sent.push({ name: config.name, text: config.text, values });
      return { rows: [], rowCount: 0, fields: [] };
    },
  };
  const db = drizzle(recorder as unknown as pg.Pool) as unknown as Db;
  const repository = createApplicationsRepository(db);
  const statements: ListStatement[] = [];
  for (const c of cases) {
    const page = c.filter.page ?? 1;
    const limit = c.filter.limit ?? 20;
    sent.length = 0;
    await repository.list(userId, { ...c.filter, page, limit });
    const first = sent[0];
    if (sent.length !== 1 || !first) throw new Error(`${c.label}: the list sent ${sent.length} statements, not 1`);
    const { name, text, values } = first;
    statements.push({ label: c.label, path: c.path, ...(name ? { name } : {}), text, values, page, limit });
  }
  return statements;
}
