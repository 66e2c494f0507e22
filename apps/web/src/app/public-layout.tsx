import { Box, Button, Container, Group } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { AnchorLink, ButtonLink } from '#components/links';
import { preloadSignedInLayout } from './signed-in-layout-loader';

export const MAIN_ID = 'main-content';

/**
 * The frame of the pages a person sees before signing in: brand, Sign in and Register, the page. No AppShell, side
 * navigation, bell or palette, so the sign-in page downloads none of their code (ADR 038); the signed-in frame
 * starts downloading when focus first enters the page (the person is about to type into its form).
 */
export function PublicLayout() {
  return (
    <Box onFocusCapture={preloadSignedInLayout}>
      <Button component="a" href={`#${MAIN_ID}`} className="skip-link" size="sm">
        Skip to content
      </Button>
      <header className="public-header">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <AnchorLink to="/" fw={700} size="lg" underline="never">
            JobPilot
          </AnchorLink>
          <Group gap="xs" wrap="nowrap">
            <ButtonLink to="/login" variant="subtle">
              Sign in
            </ButtonLink>
            <ButtonLink to="/register" visibleFrom="xs">
              Register
            </ButtonLink>
          </Group>
        </Group>
      </header>
      <Box component="main" id={MAIN_ID} tabIndex={-1} p="md">
        <Container size="xl" px={0}>
          <Outlet />
        </Container>
      </Box>
    </Box>
  );
}
