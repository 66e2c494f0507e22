import { Alert, Group, Loader, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { ButtonLink } from '#components/links';
import { errorMessage } from '#lib/api-client';
import { useVerifyEmail } from '../api/use-verify-email';
import { AuthCard } from '../components/auth-card';

const route = getRouteApi('/verify-email');

function VerifyResult({ token }: { token: string }) {
  const verify = useVerifyEmail();
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    verify.mutate(token);
  }, [token, verify]);

  if (verify.isSuccess) {
    return (
      <Alert color="green" variant="light" title="Email address verified">
        Thank you — your email address is confirmed.
      </Alert>
    );
  }
  if (verify.isError) {
    return (
      <Alert color="red" variant="light" title="We could not verify your email address">
        {errorMessage(verify.error)}
      </Alert>
    );
  }
  return (
    <Group gap="sm">
      <Loader size="sm" />
      <Text>Verifying your email address…</Text>
    </Group>
  );
}

export function VerifyEmailPage() {
  useDocumentTitle('Verify email · JobPilot');
  const { token } = route.useSearch();
  return (
    <AuthCard
      title="Verify your email address"
      footer={
        <ButtonLink to="/" variant="light">
          Continue to JobPilot
        </ButtonLink>
      }
    >
      {token ? (
        <VerifyResult token={token} />
      ) : (
        <Alert color="red" variant="light">
          This verification link is incomplete. Open the link from the email again.
        </Alert>
      )}
    </AuthCard>
  );
}
