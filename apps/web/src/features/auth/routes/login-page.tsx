import { loginSchema } from '@jobpilot/contracts';
import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { FormError } from '#components/form-error';
import { AnchorLink } from '#components/links';
import { useApiForm } from '#lib/use-api-form';
import { useLogin } from '../api/use-login';
import { AuthCard } from '../components/auth-card';
import { NoMailServerNote } from '../components/no-mail-server-note';
import { safeRedirect } from './search';

const route = getRouteApi('/login');

export function LoginPage() {
  useDocumentTitle('Sign in · JobPilot');
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const login = useLogin();
  const {
    form,
    onSubmit: submit,
    saving,
    formError,
  } = useApiForm({
    initialValues: { email: '', password: '' },
    schema: loginSchema,
    submit: login.mutateAsync,
    onSuccess: () => void navigate({ href: safeRedirect(redirect) }),
  });

  return (
    <AuthCard
      title="Sign in to JobPilot"
      footer={
        <>
          <Text size="sm">
            New to JobPilot? <AnchorLink to="/register">Create an account</AnchorLink>
          </Text>
          <NoMailServerNote />
        </>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <AnchorLink to="/forgot-password" size="sm">
            Forgot password?
          </AnchorLink>
          <Button type="submit" loading={saving} fullWidth>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
