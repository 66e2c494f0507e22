import { ErrorCode, PASSWORD_MIN, resetPasswordSchema } from '@jobpilot/contracts';
import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { FormError } from '#components/form-error';
import { AnchorLink } from '#components/links';
import { ApiRequestError } from '#lib/api-client';
import { notifySuccess } from '#lib/notify';
import { useApiForm } from '#lib/use-api-form';
import { useResetPassword } from '../api/use-reset-password';
import { AuthCard } from '../components/auth-card';

const route = getRouteApi('/reset-password');

export function ResetPasswordPage() {
  useDocumentTitle('Reset password · JobPilot');
  const { token = '' } = route.useSearch();
  const navigate = useNavigate();
  const reset = useResetPassword();
  const {
    form,
    onSubmit: submit,
    saving,
    formError,
  } = useApiForm({
    initialValues: { password: '' },
    schema: resetPasswordSchema,
    toInput: (values) => ({ token, password: values.password }),
    submit: reset.mutateAsync,
    onSuccess: () => {
      notifySuccess('Your password has been changed. Sign in with your new password.');
      void navigate({ to: '/login' });
    },
  });

  const linkExpired = reset.error instanceof ApiRequestError && reset.error.code === ErrorCode.InvalidToken;

  return (
    <AuthCard
      title="Choose a new password"
      footer={
        <AnchorLink to="/forgot-password" size="sm">
          {linkExpired || !token ? 'Request a new reset link' : 'Need a new link?'}
        </AnchorLink>
      }
    >
      {token ? (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError message={formError} />
            <PasswordInput
              label="New password"
              description={`At least ${PASSWORD_MIN} characters`}
              autoComplete="new-password"
              required
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={saving} fullWidth>
              Set new password
            </Button>
          </Stack>
        </form>
      ) : (
        <Alert color="red" variant="light">
          This reset link is incomplete. Open the link from the email again, or request a new one.
        </Alert>
      )}
    </AuthCard>
  );
}
