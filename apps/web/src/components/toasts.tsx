import { onDemand } from './on-demand';

/**
 * Mantine's toast container, in the app once (`<Toasts.Host position="bottom-right" />`): downloaded with the first
 * toast (lib/notify.ts), not with the first page. Toasts shown meanwhile wait in @mantine/notifications' store.
 */
export const Toasts = onDemand(() => import('@mantine/notifications').then((m) => m.Notifications));
