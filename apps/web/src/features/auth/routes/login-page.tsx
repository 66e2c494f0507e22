import { loginSchema } from '@jobpilot/contracts';
import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { FormError } from '#components/form-error';
import { AnchorLink } from '#components/links';
import { applyApiError, zodErrors } from '#lib/form-errors';
import { useLogin } from '../api/use-login';
import { AuthCard } from '../components/auth-card';
import { NoMailServerNote } from '../components/no-mail-server-note';
import { safeRedirect } from './search';

const route = getRouteApi('/login');

export function LoginPage() {
  const { redirect } = route.useSearch();
  const navigate = useNavigate();
  const login = useLogin();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: (values) => zodErrors(loginSchema, values),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    login.mutate(values, {
      onSuccess: () => navigate({ href: safeRedirect(redirect) }),
      onError: (error) => setFormError(applyApiError(form, error)),
    });
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
          <Button type="submit" loading={login.isPending} fullWidth>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
