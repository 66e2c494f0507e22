import { Alert, Button, Group, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconHistory } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useMemo, useRef, useState } from 'react';
import { type DraftTarget, draftKey, drafts } from '#lib/form-draft';
import { FormDraftContext, type FormDraftHandle, type FormDraftScope } from '#lib/form-draft-scope';
import { queryKeys } from '#lib/query-keys';
import { ConfirmDialogs } from './confirm-dialogs';

/** Longer than Mantine's 10 ms before a closed dialog focuses what opened it. */
const FOCUS_RETURN_MS = 50;

const savedAtLabel = (savedAt: number) =>
  new Date(savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const useUserId = () => useQueryClient().getQueryData<{ id: string } | null>(queryKeys.me)?.id ?? null;

/** Whether the signed-in person has a draft of this form (an in-place editor opens itself then). */
export function useHasDraft(target: DraftTarget): boolean {
  const userId = useUserId();
  return userId !== null && drafts.load(draftKey(userId, target)) !== null;
}

/**
 * The draft side of one `useApiForm` form, wherever it sits (a modal, a card, a page): the scope to give it,
 * a close that asks "Discard your changes?" first when the form is dirty, and when a draft was put back.
 */
export function useDraftScope({ form, recordId }: DraftTarget, onClose: () => void) {
  const userId = useUserId();
  const handle = useRef<FormDraftHandle | null>(null);
  const [restoredAt, setRestoredAt] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);

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
    // The form closes once the confirm has handed focus back into it (Mantine returns focus 10 ms after a dialog
    // closes); closing both at once let the confirm's return land last, on a field of the form that was gone,
    // instead of the form's own, on the button that opened it.
    let discarding = false;
    void ConfirmDialogs.request().then(() =>
      modals.openConfirmModal({
        title: 'Discard your changes?',
        children: <Text size="sm">What you typed in this form will be lost.</Text>,
        labels: { confirm: 'Discard', cancel: 'Keep editing' },
        confirmProps: { color: 'red' },
        onConfirm: () => {
          discarding = true;
        },
        onClose: () => {
          setConfirming(false);
          if (!discarding) return;
          handle.current?.discard();
          setTimeout(close, FOCUS_RETURN_MS);
        },
      }),
    );
  }, [confirming, close]);

  const discardDraft = () => handle.current?.discardDraft();
  return { scope, restoredAt, confirming, close, requestClose, discardDraft };
}

/** "Draft restored", with *Discard draft* (back to what the form opened with). */
export function DraftRestoredAlert({ savedAt, onDiscard }: { savedAt: number | null; onDiscard: () => void }) {
  if (savedAt === null) return null;
  return (
    <Alert color="blue" icon={<IconHistory size={18} />} title="Draft restored" mb="sm">
      <Group justify="space-between" gap="xs">
        <Text size="sm">What you typed on {savedAtLabel(savedAt)} is back in the form.</Text>
        <Button size="compact-sm" variant="light" onClick={onDiscard}>
          Discard draft
        </Button>
      </Group>
    </Alert>
  );
}

interface DraftFrameProps {
  draft: DraftTarget;
  /** The caller's own close, called only once the person agreed to lose changes (or after a save). */
  onClose?: () => void;
  /** The form; gets the close that asks first (for Cancel) and the plain one (after saving). */
  children: (requestClose: () => void, close: () => void) => ReactNode;
}

const noop = () => {};

/**
 * Gives the `useApiForm` form inside it a draft and a dirty-close confirm outside a modal: an inline task form,
 * a page's form, a card edited in place. Same keys and rules as `FormModal` (ADR 028, 033).
 *
 * @example
 * <DraftFrame draft={{ form: 'task', recordId: task.id }} onClose={stopEditing}>
 *   {(requestClose) => <TaskForm onCancel={requestClose} … />}
 * </DraftFrame>
 */
export function DraftFrame({ draft, onClose = noop, children }: DraftFrameProps) {
  const { scope, restoredAt, close, requestClose, discardDraft } = useDraftScope(draft, onClose);
  return (
    <FormDraftContext.Provider value={scope}>
      <DraftRestoredAlert savedAt={restoredAt} onDiscard={discardDraft} />
      {children(requestClose, close)}
    </FormDraftContext.Provider>
  );
}
