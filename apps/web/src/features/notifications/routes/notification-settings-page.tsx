import { Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { QueryState } from '#components/query-state';
import { SettingsLayout } from '#components/settings-layout';
import { notifySuccess } from '#lib/notify';
import { useNotificationPreferences } from '../api/use-notification-preferences';
import { useUpdateNotificationPreferences } from '../api/use-update-notification-preferences';
import { PreferencesForm } from '../components/preferences-form';

/** `/settings/notifications`: which reminders arrive, and where. */
export function NotificationSettingsPage() {
  useDocumentTitle('Notification settings · JobPilot');
  const preferences = useNotificationPreferences();
  const update = useUpdateNotificationPreferences();
  useDocumentTitle('Notification settings · JobPilot');
  return (
    <SettingsLayout title="Notifications">
      <Text c="dimmed" size="sm">
        JobPilot reminds you before interviews, nudges you to follow up on applications that have gone quiet, and tells
        you when a task is due.
      </Text>
      <QueryState
        query={preferences}
        compact
        loadingLabel="Loading settings"
        errorTitle="Could not load your notification settings"
      >
        {(data) => (
          <PreferencesForm
            preferences={data}
            onSubmit={async (values) => {
              await update.mutateAsync(values);
              notifySuccess('Notification settings saved.');
            }}
          />
        )}
      </QueryState>
    </SettingsLayout>
  );
}
