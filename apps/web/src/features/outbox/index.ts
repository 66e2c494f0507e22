import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '#lib/feature';
import { outboxSearchSchema } from './routes/search';

/** The Outbox page: mail JobPilot kept because no mail server is configured. */
export const outboxFeature = defineFeature({
  name: 'outbox',
  // Not in the main navigation: it is reached from the account settings and from the mail notes (ADR 025).
  nav: [],
  routes: ({ user }) => ({
    user: [
      createRoute({
        getParentRoute: () => user,
        path: 'outbox',
        validateSearch: outboxSearchSchema,
        component: lazyRouteComponent(() => import('./routes/outbox-page'), 'OutboxPage'),
      }),
    ],
  }),
});
