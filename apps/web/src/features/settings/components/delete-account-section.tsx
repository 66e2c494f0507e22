import { deleteAccountSchema } from '@jobpilot/contracts';
import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { FormError } from '#components/form-error';
import { notifySuccess } from '#lib/notify';
import { useApiForm } from '#lib/use-api-form';
import { useDeleteAccount } from '../api/use-delete-account';

/** Deleting the account for good, confirmed with the password. */
export function DeleteAccountSection() {
  const [opened, { open, close }] = useDisclosure(false);
  const remove = useDeleteAccount();
  const navigate = useNavigate();
  const { form, onSubmit, saving, formError } = useApiForm({
    initialValues: { password: '' },
    schema: deleteAccountSchema,
    submit: remove.mutateAsync,
    onSuccess: () => {
      notifySuccess('Your account and everything in it has been deleted.');
      void navigate({ to: '/login' });
    },
  });
  return (
    <Stack gap="sm">
      <Text size="sm">
        Deletes your account and everything in it for good: applications, interviews, tasks, contacts, your profile and
        résumé, notifications and settings. Download your data first if you want to keep a copy.
      </Text>
      <Group>
        <Button color="red" variant="light" onClick={open}>
          Delete account…
        </Button>
      </Group>
      <Modal opened={opened} onClose={close} title="Delete your account?">
        <form onSubmit={onSubmit} noValidate aria-label="Delete account">
          <Stack>
            <Text size="sm">This cannot be undone. Enter your password to confirm.</Text>
            <FormError message={formError} />
            <PasswordInput
              label="Password"
              autoComplete="current-password"
              required
              data-autofocus
              {...form.getInputProps('password')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" color="red" loading={saving}>
                Delete my account
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
