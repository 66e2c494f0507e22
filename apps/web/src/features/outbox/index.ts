import { IconMailbox } from '@tabler/icons-react';
import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { defineFeature } from '#lib/feature';
import { outboxSearchSchema } from './routes/search';

/**
 * The Outbox page under Settings (for self-hosters): mail JobPilot kept because no mail server is configured.
 * The old `/outbox` address leads there.
 */
export const outboxFeature = defineFeature({
  name: 'outbox',
  // Not in the main navigation: it is reached from the account settings (/settings/outbox) (ADR 025, 026).
  nav: [],
  palette: [
    { label: 'Outbox', to: '/settings/outbox', icon: IconMailbox, group: 'account', keywords: 'mail settings' },
  ],
  routes: ({ user }) => ({
    user: [
      createRoute({
        getParentRoute: () => user,
        path: 'outbox',
        validateSearch: outboxSearchSchema,
        beforeLoad: ({ search }) => {
          throw redirect({ to: '/settings/outbox', search });
        },
      }),
      createRoute({
        getParentRoute: () => user,
        path: 'settings/outbox',
        validateSearch: outboxSearchSchema,
        component: lazyRouteComponent(() => import('./routes/outbox-page'), 'OutboxPage'),
      }),
    ],
  }),
});
