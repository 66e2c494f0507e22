import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { ReactNode } from 'react';
import { ConfirmDialogs } from './confirm-dialogs';

interface ConfirmOptions {
  title: string;
  /** One or two sentences saying what happens: "Delete Acme — Engineer? This cannot be undone." */
  message: ReactNode;
  confirmLabel: string;
  /** Red confirm button, for what cannot be taken back. */
  danger?: boolean;
  onConfirm: () => void;
}

/** Asks before doing something a person may regret; "Cancel" (or Escape) leaves everything as it was. */
export function openConfirmDialog({ title, message, confirmLabel, danger = false, onConfirm }: ConfirmOptions): void {
  void ConfirmDialogs.request().then(() =>
    modals.openConfirmModal({
      title,
      children: <Text size="sm">{message}</Text>,
      labels: { confirm: confirmLabel, cancel: 'Cancel' },
      ...(danger ? { confirmProps: { color: 'red' } } : {}),
      onConfirm,
    }),
  );
}

/** Asks before deleting something for good: "Delete <what>? <consequence>" with a red Delete button. */
export function confirmDelete(options: { title: string; message: ReactNode; onConfirm: () => void }): void {
  openConfirmDialog({ ...options, confirmLabel: 'Delete', danger: true });
}
