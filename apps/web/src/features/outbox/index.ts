import { IconMail } from '@tabler/icons-react';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '#lib/feature';
import { outboxSearchSchema } from './routes/search';

/** The Outbox page: mail JobPilot kept because no mail server is configured. */
export const outboxFeature = defineFeature({
  name: 'outbox',
  nav: [{ label: 'Outbox', to: '/outbox', icon: IconMail, order: 90, section: 'main' }],
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
