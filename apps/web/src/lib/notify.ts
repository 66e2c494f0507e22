import { notifications } from '@mantine/notifications';
import { Toasts } from '#components/toasts';
import { errorMessage } from './api-client';

/** Green toast confirming something the person did. */
export function notifySuccess(message: string): void {
  void Toasts.request();
  notifications.show({ color: 'green', message });
}

/** Red toast with the person-readable message of any error. */
export function notifyError(error: unknown, title?: string): void {
  void Toasts.request();
  notifications.show({ color: 'red', title, message: errorMessage(error) });
}
