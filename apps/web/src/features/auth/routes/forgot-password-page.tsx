import { forgotPasswordSchema } from '@jobpilot/contracts';
import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { FormError } from '#components/form-error';
import { AnchorLink } from '#components/links';
import { useApiForm } from '#lib/use-api-form';
import { useForgotPassword } from '../api/use-forgot-password';
import { AuthCard } from '../components/auth-card';
import { NoMailServerNote } from '../components/no-mail-server-note';

export function ForgotPasswordPage() {
  useDocumentTitle('Forgot password · JobPilot');
  const forgot = useForgotPassword();
  const {
    form,
    onSubmit: submit,
    saving,
    formError,
  } = useApiForm({
    initialValues: { email: '' },
    schema: forgotPasswordSchema,
    submit: forgot.mutateAsync,
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
            <Button type="submit" loading={saving} fullWidth>
              Send reset link
            </Button>
          </Stack>
        </form>
      )}
    </AuthCard>
  );
}
