import { IconChecklist } from '@tabler/icons-react';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '#lib/feature';
import { tasksSearchSchema } from './routes/search';

/** Follow-up tasks: all of them, or one application's (ADR 007). */
export const tasksFeature = defineFeature({
  name: 'tasks',
  nav: [{ label: 'Tasks', to: '/tasks', icon: IconChecklist, order: 40, group: 'track' }],
  routes: ({ user }) => ({
    user: [
      createRoute({
        getParentRoute: () => user,
        path: 'tasks',
        validateSearch: tasksSearchSchema,
        component: lazyRouteComponent(() => import('./routes/tasks-page'), 'TasksPage'),
      }),
    ],
  }),
});
