import { type AccountSettings, changeEmailSchema } from '@jobpilot/contracts';
import { Alert, Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { FormError } from '#components/form-error';
import { notifyError, notifySuccess } from '#lib/notify';
import { useApiForm } from '#lib/use-api-form';
import { useCancelEmailChange } from '../api/use-cancel-email-change';
import { useChangeEmail } from '../api/use-change-email';

/** The account's address, a change waiting for confirmation, and the form that asks for a new one. */
export function ChangeEmailForm({ account }: { account: AccountSettings }) {
  const change = useChangeEmail();
  const cancel = useCancelEmailChange();
  const { form, onSubmit, saving, formError } = useApiForm({
    initialValues: { newEmail: '' },
    schema: changeEmailSchema,
    submit: change.mutateAsync,
    onSuccess: (_result, f) => {
      const to = f.getValues().newEmail;
      f.reset();
      notifySuccess(`We sent a link to ${to}. Your address changes once you open it.`);
    },
  });
  return (
    <Stack>
      <Group gap="xs" wrap="wrap">
        <Text miw={0} data-testid="current-email" style={{ overflowWrap: 'anywhere' }}>
          {account.email}
        </Text>
        <Badge color={account.emailVerified ? 'green' : 'yellow'} variant="light">
          {account.emailVerified ? 'Verified' : 'Not verified'}
        </Badge>
      </Group>
      {account.pendingEmail && (
        <Alert color="blue" variant="light" title="Change of address pending">
          <Stack gap="xs">
            <Text size="sm">
              We sent a link to <strong>{account.pendingEmail}</strong>. Your account keeps {account.email} until you
              open it.
            </Text>
            <Group>
              <Button
                size="xs"
                variant="default"
                loading={cancel.isPending}
                onClick={() =>
                  cancel.mutate(undefined, {
                    onSuccess: () => notifySuccess('The change of address is cancelled.'),
                    onError: (error) => notifyError(error, 'Could not cancel the change'),
                  })
                }
              >
                Cancel the change
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate aria-label="Change email address">
        <Stack>
          <FormError message={formError} />
          <TextInput
            label="New email address"
            description="We send a link to the new address; it takes effect when you open it."
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('newEmail')}
          />
          <Group>
            <Button type="submit" loading={saving}>
              Change email
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
