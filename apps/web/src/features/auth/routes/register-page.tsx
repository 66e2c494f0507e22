import { PASSWORD_MIN, registerSchema } from '@jobpilot/contracts';
import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { FormError } from '#components/form-error';
import { AnchorLink } from '#components/links';
import { notifySuccess } from '#lib/notify';
import { useApiForm } from '#lib/use-api-form';
import { useRegister } from '../api/use-register';
import { AuthCard } from '../components/auth-card';

export function RegisterPage() {
  useDocumentTitle('Register · JobPilot');
  const navigate = useNavigate();
  const register = useRegister();
  const {
    form,
    onSubmit: submit,
    saving,
    formError,
  } = useApiForm({
    initialValues: { name: '', email: '', password: '' },
    schema: registerSchema,
    submit: register.mutateAsync,
    onSuccess: ({ user }) => {
      notifySuccess(`Welcome to JobPilot, ${user.name}! We sent a verification link to ${user.email}.`);
      void navigate({ to: '/applications' });
    },
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
          <Button type="submit" loading={saving} fullWidth>
            Create account
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
