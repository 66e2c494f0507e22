import { Card, Divider, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { QueryState } from '#components/query-state';
import { SettingsLayout } from '#components/settings-layout';
import { useAccountSettings } from '../api/use-account-settings';
import { ChangeEmailForm } from '../components/change-email-form';
import { ChangePasswordForm } from '../components/change-password-form';
import { DeleteAccountSection } from '../components/delete-account-section';

/** `/settings/account`: email address, password, deleting the account. */
export function AccountPage() {
  useDocumentTitle('Account settings · JobPilot');
  const account = useAccountSettings();
  return (
    <SettingsLayout title="Account">
      <Card withBorder>
        <Title order={2} size="h3" mb="sm">
          Email address
        </Title>
        <QueryState
          query={account}
          compact
          loadingLabel="Loading your account"
          errorTitle="Could not load your account"
        >
          {(data) => <ChangeEmailForm account={data} />}
        </QueryState>
      </Card>
      <Card withBorder>
        <Title order={2} size="h3" mb="sm">
          Password
        </Title>
        <ChangePasswordForm />
      </Card>
      <Card withBorder style={{ borderColor: 'var(--mantine-color-red-light-color)' }}>
        <Stack gap="xs">
          <Title order={2} size="h3" c="red">
            Delete account
          </Title>
          <Divider />
          <DeleteAccountSection />
        </Stack>
      </Card>
    </SettingsLayout>
  );
}
