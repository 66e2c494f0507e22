import { IconLayoutDashboard } from '@tabler/icons-react';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '#lib/feature';
import { dashboardQueryOptions } from './api/use-dashboard';

/** The home page of a signed-in person. */
export const dashboardFeature = defineFeature({
  name: 'dashboard',
  nav: [{ label: 'Dashboard', to: '/', icon: IconLayoutDashboard, order: 10, group: 'insights' }],
  routes: ({ root, guards }) => ({
    root: [
      createRoute({
        getParentRoute: () => root,
        path: '/',
        beforeLoad: guards.signedIn,
        // Not awaited: the page renders its loading state and the numbers arrive in parallel with its code.
        loader: ({ context }) => void context.queryClient.prefetchQuery(dashboardQueryOptions),
        component: lazyRouteComponent(() => import('./routes/dashboard-page'), 'DashboardPage'),
      }),
    ],
  }),
});
