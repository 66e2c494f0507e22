import { Alert, Button, Group, Modal, type ModalProps, ScrollArea, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { IconHistory } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { type DraftTarget, draftKey } from '#lib/form-draft';
import { FormDraftContext, type FormDraftHandle, type FormDraftScope } from '#lib/form-draft-scope';
import { queryKeys } from '#lib/query-keys';
import { ConfirmDialogs } from './confirm-dialogs';

interface FormModalProps extends Omit<ModalProps, 'children' | 'onClose'> {
  /** Closes the modal (the page's own close: it is called only once the person agreed to lose changes). */
  onClose: () => void;
  /** Which form this is, for its draft (`{ form: 'application', recordId }`). */
  draft: DraftTarget;
  /** The form; as a function it gets the close that asks first, for its Cancel button. */
  children: ReactNode | ((requestClose: () => void) => ReactNode);
}

const savedAtLabel = (savedAt: number) =>
  new Date(savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * A modal around one `useApiForm` form that never loses what was typed: closing a dirty form (Escape, the
 * close button, a click outside, Cancel) asks "Discard your changes?" first, and the values are kept as a
 * draft per user and form, put back the next time the form opens ("Draft restored"). Full screen on a phone.
 *
 * @example
 * <FormModal opened={open} onClose={close} title="Add contact" draft={{ form: 'contact', recordId: contact?.id }}>
 *   {(requestClose) => <ContactForm onCancel={requestClose} … />}
 * </FormModal>
 */
export function FormModal({ onClose, draft, children, ...modalProps }: FormModalProps) {
  const isPhone = useMediaQuery('(max-width: 36em)');
  const queryClient = useQueryClient();
  const userId = queryClient.getQueryData<{ id: string } | null>(queryKeys.me)?.id ?? null;
  const handle = useRef<FormDraftHandle | null>(null);
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { form, recordId } = draft;

  const scope = useMemo<FormDraftScope>(
    () => ({
      storageKey: userId ? draftKey(userId, { form, recordId }) : null,
      userId,
      target: { form, recordId },
      register: (next) => {
        handle.current = next;
      },
      onRestored: setRestoredAt,
    }),
    [userId, form, recordId],
  );

  const close = useCallback(() => {
    setRestoredAt(null);
    onClose();
  }, [onClose]);

  const requestClose = useCallback(() => {
    if (confirming) return;
    if (!handle.current?.isDirty()) return close();
    setConfirming(true);
    // Mantine's modal host loads with the first dialog (ADR 030).
    void ConfirmDialogs.request().then(() =>
      modals.openConfirmModal({
        title: 'Discard your changes?',
        children: <Text size="sm">What you typed in this form will be lost.</Text>,
        labels: { confirm: 'Discard', cancel: 'Keep editing' },
        confirmProps: { color: 'red' },
        onConfirm: () => {
          handle.current?.discard();
          close();
        },
        onClose: () => setConfirming(false),
      }),
    );
  }, [confirming, close]);

  return (
    <Modal
      size="lg"
      fullScreen={isPhone}
      scrollAreaComponent={ScrollArea.Autosize}
      {...modalProps}
      onClose={requestClose}
      closeOnEscape={!confirming}
      closeOnClickOutside={!confirming}
    >
      <FormDraftContext.Provider value={scope}>
        {restoredAt !== null && (
          <Alert color="blue" icon={<IconHistory size={18} />} title="Draft restored" mb="sm">
            <Group justify="space-between" gap="xs">
              <Text size="sm">What you typed on {savedAtLabel(restoredAt)} is back in the form.</Text>
              <Button size="compact-sm" variant="light" onClick={() => handle.current?.discardDraft()}>
                Discard draft
              </Button>
            </Group>
          </Alert>
        )}
        {typeof children === 'function' ? children(requestClose) : children}
      </FormDraftContext.Provider>
    </Modal>
  );
}
