import { APPLICATION_STATUSES, type Application, type ApplicationStatus, PAGE_LIMIT_MAX } from '@jobpilot/contracts';
import { useQueries } from '@tanstack/react-query';
import { usePendingDeletes } from './pending-deletes';
import { applicationsQueryOptions } from './use-applications';

/** Cards loaded per column: one page of the list endpoint, in the board's order (ADR 024). */
export const BOARD_COLUMN_LIMIT = PAGE_LIMIT_MAX;

export interface BoardColumn {
  status: ApplicationStatus;
  applications: Application[];
  /** Applications with this status, including those beyond the loaded page. */
  total: number;
}

type Page = { data: Application[]; pagination: { total: number } } | undefined;

/**
 * Groups the per-status pages by each application's current status. A card moved optimistically (the update
 * hook rewrites its status in every cached list) shows in its new column at once, first, and the counts follow.
 */
export function groupColumns(pages: Page[]): BoardColumn[] {
  const columns = new Map(
    APPLICATION_STATUSES.map((status) => [status, { status, applications: [] as Application[], total: 0 }]),
  );
  const seen = new Set<string>();
  const movedIn: Application[] = [];
  pages.forEach((page, i) => {
    const listStatus = APPLICATION_STATUSES[i];
    const column = listStatus && columns.get(listStatus);
    if (!page || !column) return;
    column.total += page.pagination.total;
    for (const application of page.data) {
      if (application.status !== listStatus) {
        column.total -= 1;
        movedIn.push(application);
      } else if (!seen.has(application.id)) {
        seen.add(application.id);
        column.applications.push(application);
      }
    }
  });
  for (const application of movedIn.reverse()) {
    const column = columns.get(application.status);
    if (!column || seen.has(application.id)) continue;
    seen.add(application.id);
    column.applications.unshift(application);
    column.total += 1;
  }
  return [...columns.values()];
}

/** The columns without the cards whose delete waits for its Undo window. */
export function withoutPending(columns: BoardColumn[], pending: ReadonlySet<string>): BoardColumn[] {
  if (pending.size === 0) return columns;
  return columns.map((column) => {
    const applications = column.applications.filter((a) => !pending.has(a.id));
    return { ...column, applications, total: column.total - (column.applications.length - applications.length) };
  });
}

/**
 * `GET /applications?status=…&sort=board` once per status: the board's columns in the person's order,
 * matching the search words `q`.
 */
export function useBoardApplications(q: string) {
  const pending = usePendingDeletes();
  const results = useQueries({
    queries: APPLICATION_STATUSES.map((status) =>
      applicationsQueryOptions({ status: [status], q, page: 1, limit: BOARD_COLUMN_LIMIT, sort: 'board' }),
    ),
  });
  return {
    columns: withoutPending(groupColumns(results.map((r) => r.data)), pending),
    isPending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
    refetch: () => Promise.all(results.map((r) => r.refetch())),
  };
}
