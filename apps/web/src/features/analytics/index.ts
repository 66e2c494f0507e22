import { IconChartBar } from '@tabler/icons-react';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '#lib/feature';
import { analyticsSearchSchema } from './routes/search';

/** Charts of the job search over a date range. */
export const analyticsFeature = defineFeature({
  name: 'analytics',
  nav: [{ label: 'Analytics', to: '/analytics', icon: IconChartBar, order: 50, group: 'insights' }],
  routes: ({ user }) => ({
    user: [
      createRoute({
        getParentRoute: () => user,
        path: 'analytics',
        validateSearch: analyticsSearchSchema,
        component: lazyRouteComponent(() => import('./routes/analytics-page'), 'AnalyticsPage'),
      }),
    ],
  }),
});
