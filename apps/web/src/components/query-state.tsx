import { Alert, Button, Center, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorMessage } from '#lib/api-client';

/** The part of a TanStack Query result this component reads (a `useQuery` result fits as it is). */
export interface QueryLike<T> {
  isPending: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

interface QueryStateProps<T> {
  query: QueryLike<T>;
  /** Accessible name of the spinner: "Loading applications". */
  loadingLabel: string;
  /** Title of the error alert: "Could not load your applications". */
  errorTitle: string;
  /** Small spinner and less space, for panels and dialogs. */
  compact?: boolean;
  /** With `empty`: what shows instead of `children` when the data has nothing in it. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  /** An error with an answer of its own (e.g. "this profile is private"); undefined keeps the alert. */
  renderError?: (error: unknown) => ReactNode;
  children: (data: T) => ReactNode;
}

/**
 * A query's loading, error and empty states around what its data shows: a spinner while the first answer
 * is on its way; an alert with the reason and "Try again" when it failed (data from before stays below it);
 * `empty` when `isEmpty(data)`; else `children(data)`.
 */
export function QueryState<T>(props: QueryStateProps<T>) {
  const { query, loadingLabel, errorTitle, compact = false, isEmpty, empty, renderError, children } = props;
  if (query.isPending && !query.error) {
    return (
      <Center py={compact ? 'md' : 'xl'}>
        <Loader size={compact ? 'sm' : 'md'} aria-label={loadingLabel} />
      </Center>
    );
  }
  const data = query.data;
  const content = data === undefined ? null : isEmpty?.(data) && empty !== undefined ? empty : children(data);
  if (!query.error) return content;
  const own = renderError?.(query.error);
  return (
    <>
      {own ?? (
        <Alert color="red" variant="light" title={errorTitle}>
          <Text size="sm">{errorMessage(query.error)}</Text>
          <Button size="xs" variant="light" color="red" mt="sm" onClick={() => query.refetch()}>
            Try again
          </Button>
        </Alert>
      )}
      {content}
    </>
  );
}
