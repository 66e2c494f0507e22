import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '#lib/feature';

export { NotificationBell } from './components/notification-bell';

/** In-app notifications (the header bell) and the settings of which reminders arrive where. */
export const notificationsFeature = defineFeature({
  name: 'notifications',
  // Its settings page is listed under Settings (components/settings-layout.tsx).
  nav: [],
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
