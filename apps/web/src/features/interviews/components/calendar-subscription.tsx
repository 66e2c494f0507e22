import { Alert, Button, Card, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarShare, IconCopy, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { openConfirmDialog } from '#components/confirm-dialog';
import { errorMessage } from '#lib/api-client';
import { notifyError, notifySuccess } from '#lib/notify';
import { useCalendarFeed } from '../api/use-calendar-feed';
import { useCreateCalendarFeed } from '../api/use-create-calendar-feed';
import { useRevokeCalendarFeed } from '../api/use-revoke-calendar-feed';

const since = (iso: string) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(iso));

/**
 * The private subscription URL for Google/Apple/Outlook calendars: shown once when created, then only
 * "active since"; rotating replaces it, revoking turns it off.
 */
export function CalendarSubscription() {
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const active = feed.data?.active ?? false;

  const makeUrl = () =>
    create.mutate(undefined, {
      onSuccess: (created) => setUrl(created.url),
      onError: (error) => notifyError(error, 'Could not create the subscription'),
    });

  const confirmRotate = () =>
    openConfirmDialog({
      title: 'Replace the subscription address?',
      message: 'Calendars using the current address stop updating until you give them the new one.',
      confirmLabel: 'Replace address',
      onConfirm: makeUrl,
    });

  const confirmRevoke = () =>
    openConfirmDialog({
      title: 'Turn off the subscription?',
      message: 'Calendars using the address stop receiving your interviews.',
      confirmLabel: 'Turn off',
      danger: true,
      onConfirm: () =>
        revoke.mutate(undefined, {
          onSuccess: () => {
            setUrl(null);
            notifySuccess('Calendar subscription turned off.');
          },
          onError: (error) => notifyError(error, 'Could not turn off the subscription'),
        }),
    });

  return (
    <Card withBorder component="section" aria-labelledby="calendar-subscription-title">
      <Stack gap="sm">
        <Group gap="xs">
          <IconCalendarShare size={20} />
          <Title order={2} size="h4" id="calendar-subscription-title">
            Calendar subscription
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          Add your interviews and task due dates to Google Calendar, Apple Calendar or Outlook with a private address
          they check for changes. Anyone with the address can see these events, so keep it to yourself.
        </Text>
        {feed.isError && <Alert color="red">{errorMessage(feed.error)}</Alert>}
        {url && (
          <Alert color="green" title="Copy this address now — it is shown only once">
            <Stack gap="xs">
              <Group gap="xs" wrap="nowrap" align="flex-end">
                <TextInput
                  label="Subscription address"
                  value={url}
                  readOnly
                  style={{ flex: 1, minWidth: 0 }}
                  onFocus={(e) => e.currentTarget.select()}
                />
                <CopyButton value={url}>
                  {({ copied, copy }) => (
                    <Button leftSection={<IconCopy size={14} />} onClick={copy} color={copied ? 'teal' : undefined}>
                      {copied ? 'Copied' : 'Copy'}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              <Text size="xs">
                In Google Calendar: Other calendars → From URL. In Apple Calendar: File → New Calendar Subscription.
              </Text>
            </Stack>
          </Alert>
        )}
        {active && !url && feed.data?.createdAt && (
          <Text size="sm">Active since {since(feed.data.createdAt)}. Replace the address to see it again.</Text>
        )}
        <Group gap="xs">
          {active ? (
            <>
              <Button variant="default" onClick={confirmRotate} loading={create.isPending}>
                Replace address
              </Button>
              <Button variant="subtle" color="red" onClick={confirmRevoke} loading={revoke.isPending}>
                Turn off
              </Button>
            </>
          ) : (
            <Button onClick={makeUrl} loading={create.isPending} disabled={feed.isPending}>
              Create subscription address
            </Button>
          )}
          <Button
            component="a"
            href="/api/v1/interviews/calendar.ics"
            variant="subtle"
            leftSection={<IconDownload size={14} />}
          >
            Download .ics
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
