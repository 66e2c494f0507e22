import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import type { AnyRoute } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { installPaletteShortcut } from './app/palette-opener';
import { queryClient, router } from './app/router';
import { preloadSignedInLayout } from './app/signed-in-layout-loader';
import { isSignedInRoute } from './app/signed-in-routes';
import { meQueryOptions } from './features/auth';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The first page's code downloads while its guard asks the API who is signed in, rather than after the answer;
// the question goes first (the guard then waits for this same request).
void queryClient.prefetchQuery(meQueryOptions);
// A page behind sign-in also needs the signed-in frame (its own chunk, ADR 038): it downloads alongside.
for (const match of router.matchRoutes(router.latestLocation)) {
  const route: AnyRoute | undefined = (router.routesById as Record<string, AnyRoute>)[match.routeId];
  if (route) void router.loadRouteChunk(route)?.catch(() => undefined);
  if (isSignedInRoute(match.routeId)) preloadSignedInLayout();
}

// Ctrl/⌘-K opens the command palette from first paint, for signed-in people; its code loads then (ADR 031).
installPaletteShortcut(() => Boolean(queryClient.getQueryData(meQueryOptions.queryKey)));

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
