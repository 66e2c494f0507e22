import { Alert, Button, Group, Text } from '@mantine/core';
import { notifyError, notifySuccess } from '#lib/notify';
import { useSendVerification } from '../api/use-send-verification';
import { NoMailServerNote } from './no-mail-server-note';

/** Yellow banner shown on every page until the signed-in user has verified their address. */
export function VerifyEmailBanner({ email }: { email: string }) {
  const resend = useSendVerification();

  const onResend = () =>
    resend.mutate(undefined, {
      onSuccess: () => notifySuccess(`We sent a new verification link to ${email}.`),
      onError: (error) => notifyError(error, 'Could not resend the link'),
    });

  return (
    <Alert color="yellow" variant="light" mb="md" data-testid="verify-email-banner">
      <Group justify="space-between" gap="xs">
        <div style={{ flex: '1 1 16rem', minWidth: 0, overflowWrap: 'anywhere' }}>
          <Text size="sm">
            Please verify your email address — we sent a link to <strong>{email}</strong>.
          </Text>
          <NoMailServerNote email={email} dimmed={false} />
        </div>
        <Button size="xs" variant="default" loading={resend.isPending} onClick={onResend}>
          Resend
        </Button>
      </Group>
    </Alert>
  );
}
