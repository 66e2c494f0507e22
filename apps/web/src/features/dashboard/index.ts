import { IconLayoutDashboard } from '@tabler/icons-react';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '#lib/feature';

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
        component: lazyRouteComponent(() => import('./routes/dashboard-page'), 'DashboardPage'),
      }),
    ],
  }),
});
