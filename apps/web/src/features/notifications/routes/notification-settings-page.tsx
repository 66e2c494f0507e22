import { Alert, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { errorMessage } from '#lib/api-client';
import { notifySuccess } from '#lib/notify';
import { useNotificationPreferences } from '../api/use-notification-preferences';
import { useUpdateNotificationPreferences } from '../api/use-update-notification-preferences';
import { PreferencesForm } from '../components/preferences-form';

/** `/settings/notifications`: which reminders arrive, and where. */
export function NotificationSettingsPage() {
  const preferences = useNotificationPreferences();
  const update = useUpdateNotificationPreferences();
  return (
    <Stack maw={720}>
      <Title order={1}>Notification settings</Title>
      <Text c="dimmed" size="sm">
        JobPilot reminds you before interviews, nudges you to follow up on applications that have gone quiet, and tells
        you when a task is due.
      </Text>
      {preferences.isPending && (
        <Center py="md">
          <Loader size="sm" aria-label="Loading settings" />
        </Center>
      )}
      {preferences.isError && <Alert color="red">{errorMessage(preferences.error)}</Alert>}
      {preferences.data && (
        <PreferencesForm
          preferences={preferences.data}
          onSubmit={async (values) => {
            await update.mutateAsync(values);
            notifySuccess('Notification settings saved.');
          }}
        />
      )}
    </Stack>
  );
}
