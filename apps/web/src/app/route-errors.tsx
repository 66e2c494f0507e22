import { Alert, Button, Container, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { ButtonLink } from '#components/links';
import { errorMessage } from '#lib/api-client';

export function NotFoundPage() {
  useDocumentTitle('Page not found · JobPilot');
  return (
    <Container size="sm" py="xl">
      <Stack align="flex-start">
        <Title order={1}>Page not found</Title>
        <Text c="dimmed">There is nothing at this address. It may have moved, or the link may be mistyped.</Text>
        <ButtonLink to="/">Go to JobPilot</ButtonLink>
      </Stack>
    </Container>
  );
}

/** Shown when a page could not load, e.g. the server was unreachable while checking the session. */
export function RouteError({ error }: ErrorComponentProps) {
  useDocumentTitle('Something went wrong · JobPilot');
  const router = useRouter();
  return (
    <Container size="sm" py="xl">
      <Alert color="red" variant="light" title="This page could not be loaded">
        <Text size="sm">{errorMessage(error)}</Text>
        <Button size="xs" variant="light" color="red" mt="sm" onClick={() => router.invalidate()}>
          Try again
        </Button>
      </Alert>
    </Container>
  );
}
