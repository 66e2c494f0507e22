import { IconBriefcase, IconLayoutKanban } from '@tabler/icons-react';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '#lib/feature';
import { boardSearchSchema } from './routes/board-search';
import { applicationsSearchSchema } from './routes/search';

/** The tracker: the table and the board of applications. */
export const applicationsFeature = defineFeature({
  name: 'applications',
  nav: [{ label: 'Applications', to: '/applications', icon: IconBriefcase, order: 20, group: 'track' }],
  palette: [
    {
      label: 'Application board',
      to: '/applications/board',
      icon: IconLayoutKanban,
      group: 'track',
      keywords: 'kanban',
    },
  ],
  routes: ({ user }) => ({
    user: [
      createRoute({
        getParentRoute: () => user,
        path: 'applications',
        validateSearch: applicationsSearchSchema,
        component: lazyRouteComponent(() => import('./routes/applications-page'), 'ApplicationsPage'),
      }),
      createRoute({
        getParentRoute: () => user,
        path: 'applications/board',
        validateSearch: boardSearchSchema,
        component: lazyRouteComponent(() => import('./routes/board-page'), 'BoardPage'),
      }),
      createRoute({
        getParentRoute: () => user,
        path: 'applications/$applicationId',
        component: lazyRouteComponent(() => import('./routes/application-page'), 'ApplicationPage'),
      }),
    ],
  }),
});
