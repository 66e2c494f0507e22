import { IconCalendarEvent } from '@tabler/icons-react';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '#lib/feature';
import { interviewsSearchSchema } from './routes/search';

/** Interviews: list, month and week calendars, calendar subscription (ADR 007). */
export const interviewsFeature = defineFeature({
  name: 'interviews',
  nav: [{ label: 'Interviews', to: '/interviews', icon: IconCalendarEvent, order: 30, group: 'track' }],
  routes: ({ user }) => ({
    user: [
      createRoute({
        getParentRoute: () => user,
        path: 'interviews',
        validateSearch: interviewsSearchSchema,
        component: lazyRouteComponent(() => import('./routes/interviews-page'), 'InterviewsPage'),
      }),
    ],
  }),
});
