import { ErrorCode } from '@jobpilot/contracts';
import { Alert, Button, Center, Code, EmptyState, Group, Loader, Pagination, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { ApiRequestError, errorMessage } from '#lib/api-client';
import { useOutbox } from '../api/use-outbox';
import { OutboxMessageCard } from '../components/outbox-message-card';

const route = getRouteApi('/authed/outbox');

function OutboxError({ error }: { error: unknown }) {
  if (error instanceof ApiRequestError && error.code === ErrorCode.NotFound) {
    return (
      <Alert color="blue" variant="light" title="Mail is delivered by email">
        This server sends mail through SMTP, so there is no outbox to show. Check your email inbox instead.
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" title="Could not load the outbox">
      {errorMessage(error)}
    </Alert>
  );
}

export function OutboxPage() {
  const { page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const outbox = useOutbox(page);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Outbox</Title>
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
      {outbox.isPending && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {outbox.isError && <OutboxError error={outbox.error} />}
      {outbox.data?.data.length === 0 && <EmptyState title="No mail yet" description="Nothing has been sent." />}
      {outbox.data?.data.map((message) => (
        <OutboxMessageCard key={message.id} message={message} />
      ))}
      {outbox.data && outbox.data.pagination.totalPages > 1 && (
        <Pagination
          value={page}
          total={outbox.data.pagination.totalPages}
          onChange={(next) => navigate({ search: { page: next } })}
          aria-label="Outbox pages"
        />
      )}
    </Stack>
  );
}
