import { ErrorCode } from '@jobpilot/contracts';
import { Alert, Button, Code, EmptyState, Group, Pagination, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { QueryState } from '#components/query-state';
import { SettingsLayout } from '#components/settings-layout';
import { ApiRequestError } from '#lib/api-client';
import { useOutbox } from '../api/use-outbox';
import { OutboxMessageCard } from '../components/outbox-message-card';

const route = getRouteApi('/authed/settings/outbox');

/** A server with SMTP keeps no outbox: say where the mail went instead of showing an error. */
function smtpNote(error: unknown) {
  if (!(error instanceof ApiRequestError && error.code === ErrorCode.NotFound)) return undefined;
  return (
    <Alert color="blue" variant="light" title="Mail is delivered by email">
      This server sends mail through SMTP, so there is no outbox to show. Check your email inbox instead.
    </Alert>
  );
}

export function OutboxPage() {
  useDocumentTitle('Outbox · JobPilot');
  const { page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const outbox = useOutbox(page);
  useDocumentTitle('Outbox · JobPilot');

  return (
    <SettingsLayout title="Outbox">
      <Group justify="space-between" align="flex-end">
        <div>
          <Text c="dimmed" size="sm">
            Mail JobPilot would have sent you, such as reminders. No mail server is configured, so it is kept here.
          </Text>
          <Text c="dimmed" size="sm">
            Verification and password-reset links are not shown here: anyone can sign up with any address, so they go to
            whoever runs JobPilot, who finds them with <Code>npx jobpilot outbox</Code>.
          </Text>
        </div>
        <Button variant="default" onClick={() => outbox.refetch()} loading={outbox.isFetching}>
          Refresh
        </Button>
      </Group>
      <QueryState
        query={outbox}
        loadingLabel="Loading the outbox"
        errorTitle="Could not load the outbox"
        renderError={smtpNote}
        isEmpty={(list) => list.data.length === 0}
        empty={<EmptyState title="No mail yet" description="Nothing has been sent." />}
      >
        {(list) => list.data.map((message) => <OutboxMessageCard key={message.id} message={message} />)}
      </QueryState>
      {outbox.data && outbox.data.pagination.totalPages > 1 && (
        <Pagination
          value={page}
          total={outbox.data.pagination.totalPages}
          onChange={(next) => navigate({ search: { page: next } })}
          aria-label="Outbox pages"
        />
      )}
    </SettingsLayout>
  );
}
