import { ErrorCode, PASSWORD_MIN, resetPasswordSchema } from '@jobpilot/contracts';
import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { FormError } from '#components/form-error';
import { AnchorLink } from '#components/links';
import { ApiRequestError } from '#lib/api-client';
import { applyApiError, zodErrors } from '#lib/form-errors';
import { notifySuccess } from '#lib/notify';
import { useResetPassword } from '../api/use-reset-password';
import { AuthCard } from '../components/auth-card';

const route = getRouteApi('/reset-password');

export function ResetPasswordPage() {
  const { token = '' } = route.useSearch();
  const navigate = useNavigate();
  const reset = useResetPassword();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: '' },
    validate: (values) => zodErrors(resetPasswordSchema, { token, ...values }),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    reset.mutate(
      { token, password: values.password },
      {
        onSuccess: () => {
          notifySuccess('Your password has been changed. Sign in with your new password.');
          void navigate({ to: '/login' });
        },
        onError: (error) => setFormError(applyApiError(form, error)),
      },
    );
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
            <Button type="submit" loading={reset.isPending} fullWidth>
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
