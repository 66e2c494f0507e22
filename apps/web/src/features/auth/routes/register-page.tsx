import { PASSWORD_MIN, registerSchema } from '@jobpilot/contracts';
import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { FormError } from '#components/form-error';
import { AnchorLink } from '#components/links';
import { applyApiError, zodErrors } from '#lib/form-errors';
import { notifySuccess } from '#lib/notify';
import { useRegister } from '../api/use-register';
import { AuthCard } from '../components/auth-card';

export function RegisterPage() {
  const navigate = useNavigate();
  const register = useRegister();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', email: '', password: '' },
    validate: (values) => zodErrors(registerSchema, values),
  });

  const submit = form.onSubmit((values) => {
    setFormError(null);
    register.mutate(values, {
      onSuccess: ({ user }) => {
        notifySuccess(`Welcome to JobPilot, ${user.name}! We sent a verification link to ${user.email}.`);
        void navigate({ to: '/applications' });
      },
      onError: (error) => setFormError(applyApiError(form, error)),
    });
  });

  return (
    <AuthCard
      title="Create your JobPilot account"
      description="Track every application in one place."
      footer={
        <Text size="sm">
          Already have an account? <AnchorLink to="/login">Sign in</AnchorLink>
        </Text>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput label="Name" autoComplete="name" required {...form.getInputProps('name')} />
          <TextInput label="Email" type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput
            label="Password"
            description={`At least ${PASSWORD_MIN} characters`}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={register.isPending} fullWidth>
            Create account
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
