import { onDemand } from './on-demand';

/**
 * Mantine's modal host, in the app once (`<ConfirmDialogs.Host />`): downloaded with the first confirm dialog
 * (confirm-dialog.tsx), so its modal, scroll lock and focus trap stay out of the first page load. Dialogs open
 * through window events it listens to, so it wraps nothing. Its own file: importing `modals` would bring it all.
 */
export const ConfirmDialogs = onDemand(() => import('@mantine/modals').then((m) => m.ModalsProvider));
