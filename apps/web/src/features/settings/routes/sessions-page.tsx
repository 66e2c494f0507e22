import type { AccountSession } from '@jobpilot/contracts';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { openConfirmDialog } from '#components/confirm-dialog';
import { QueryState } from '#components/query-state';
import { SettingsLayout } from '#components/settings-layout';
import { formatDateTime } from '#lib/application-format';
import { notifyError, notifySuccess } from '#lib/notify';
import { useRevokeOtherSessions } from '../api/use-revoke-other-sessions';
import { useRevokeSession } from '../api/use-revoke-session';
import { useSessions } from '../api/use-sessions';
import { deviceName } from '../components/device-name';

function SessionCard({ session }: { session: AccountSession }) {
  const revoke = useRevokeSession();
  const name = deviceName(session.userAgent);
  return (
    <Card withBorder aria-label={name} component="li">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={500}>{name}</Text>
            {session.current && (
              <Badge color="green" variant="light">
                This device
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {session.ipAddress ? `${session.ipAddress} · ` : ''}Signed in {formatDateTime(session.createdAt)} · Last
            active {formatDateTime(session.lastActiveAt)}
          </Text>
        </Stack>
        {!session.current && (
          <Button
            variant="default"
            size="xs"
            loading={revoke.isPending}
            onClick={() =>
              revoke.mutate(session.id, {
                onSuccess: () => notifySuccess(`Signed out ${name}.`),
                onError: (error) => notifyError(error, 'Could not sign that session out'),
              })
            }
          >
            Sign out
          </Button>
        )}
      </Group>
    </Card>
  );
}

/** `/settings/sessions`: every device signed in to the account; sign one or all the others out. */
export function SessionsPage() {
  useDocumentTitle('Sessions · JobPilot');
  const sessions = useSessions();
  const revokeOthers = useRevokeOtherSessions();
  const others = sessions.data?.filter((s) => !s.current).length ?? 0;
  return (
    <SettingsLayout title="Sessions">
      <Group justify="space-between" wrap="wrap">
        <Text c="dimmed" size="sm">
          Where your account is signed in. Sign out a device you do not recognise, then change your password.
        </Text>
        <Button
          variant="light"
          color="red"
          disabled={others === 0}
          loading={revokeOthers.isPending}
          onClick={() =>
            openConfirmDialog({
              title: 'Sign out everywhere else?',
              message: 'Every other browser and device is signed out. This one stays signed in.',
              confirmLabel: 'Sign out others',
              danger: true,
              onConfirm: () =>
                revokeOthers.mutate(undefined, {
                  onSuccess: ({ revoked }) =>
                    notifySuccess(
                      revoked === 1 ? 'Signed out 1 other session.' : `Signed out ${revoked} other sessions.`,
                    ),
                  onError: (error) => notifyError(error, 'Could not sign the other sessions out'),
                }),
            })
          }
        >
          Sign out all other sessions
        </Button>
      </Group>
      <QueryState query={sessions} loadingLabel="Loading sessions" errorTitle="Could not load your sessions">
        {(list) => (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Sessions">
            {list.map((s) => (
              <SessionCard key={s.id} session={s} />
            ))}
          </Stack>
        )}
      </QueryState>
    </SettingsLayout>
  );
}
