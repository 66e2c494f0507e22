import { changePasswordSchema, PASSWORD_MIN } from '@jobpilot/contracts';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { FormError } from '#components/form-error';
import { notifySuccess } from '#lib/notify';
import { useApiForm } from '#lib/use-api-form';
import { useChangePassword } from '../api/use-change-password';

/** Current and new password; saving signs out every other device. */
export function ChangePasswordForm() {
  const change = useChangePassword();
  const { form, onSubmit, saving, formError } = useApiForm({
    initialValues: { currentPassword: '', newPassword: '' },
    schema: changePasswordSchema,
    submit: change.mutateAsync,
    onSuccess: (_result, f) => {
      f.reset();
      notifySuccess('Password changed. You were signed out on every other device.');
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change password">
      <Stack>
        <FormError message={formError} />
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label="New password"
          description={`At least ${PASSWORD_MIN} characters. Other devices are signed out when you save.`}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <Group>
          <Button type="submit" loading={saving}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
