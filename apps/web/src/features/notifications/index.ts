import { IconBell } from '@tabler/icons-react';
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { lazyComponent } from '#components/lazy-component';
import { defineFeature } from '#lib/feature';

/** Signed in only: its code (popover, list) loads when it first renders, not with the sign-in page. */
export const NotificationBell = lazyComponent(() =>
  import('./components/notification-bell').then((m) => m.NotificationBell),
);

/** In-app notifications (the header bell) and the settings of which reminders arrive where. */
export const notificationsFeature = defineFeature({
  name: 'notifications',
  // Its settings page is listed under Settings (components/settings-layout.tsx).
  nav: [],
  palette: [
    {
      label: 'Notification settings',
      to: '/settings/notifications',
      icon: IconBell,
      group: 'account',
      keywords: 'reminders email',
    },
  ],
  routes: ({ user }) => ({
    user: [
      createRoute({
        getParentRoute: () => user,
        path: 'settings/notifications',
        component: lazyRouteComponent(() => import('./routes/notification-settings-page'), 'NotificationSettingsPage'),
      }),
    ],
  }),
});
