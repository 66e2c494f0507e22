import { forgotPasswordSchema } from '@jobpilot/contracts';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { FormError } from '#components/form-error';
import { AnchorLink } from '#components/links';
import { applyApiError, zodErrors } from '#lib/form-errors';
import { useForgotPassword } from '../api/use-forgot-password';
import { AuthCard } from '../components/auth-card';
import { NoMailServerNote } from '../components/no-mail-server-note';

export function ForgotPasswordPage() {
  const forgot = useForgotPassword();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '' },
    validate: (values) => zodErrors(forgotPasswordSchema, values),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    forgot.mutate(values, { onError: (error) => setFormError(applyApiError(form, error)) });
  });

  return (
    <AuthCard
      title="Forgot your password?"
      description="Enter your email address and we will send you a link to choose a new one."
      footer={
        <>
          <AnchorLink to="/login" size="sm">
            Back to sign in
          </AnchorLink>
          <NoMailServerNote email={form.getValues().email} />
        </>
      }
    >
      {forgot.isSuccess ? (
        <Alert color="green" variant="light" title="Check your email">
          {forgot.data}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <FormError message={formError} />
            <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
            <Button type="submit" loading={forgot.isPending} fullWidth>
              Send reset link
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
