import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface AuthCardProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The narrow centred card every sign-in related page sits in. */
export function AuthCard({ title, description, children, footer }: AuthCardProps) {
  return (
    <Container size={440} px={0} py="xl">
      <Title order={1} size="h2" ta="center">
        {title}
      </Title>
      {description && (
        <Text c="dimmed" ta="center" mt="xs">
          {description}
        </Text>
      )}
      <Paper withBorder shadow="sm" p="lg" mt="lg" radius="md">
        {children}
      </Paper>
      {footer && (
        <Stack gap={4} mt="md" align="center">
          {footer}
        </Stack>
      )}
    </Container>
  );
}
