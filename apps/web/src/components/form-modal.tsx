import { Modal, type ModalProps, ScrollArea } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import type { DraftTarget } from '#lib/form-draft';
import { FormDraftContext } from '#lib/form-draft-scope';
import { DraftRestoredAlert, useDraftScope } from './draft-frame';

interface FormModalProps extends Omit<ModalProps, 'children' | 'onClose'> {
  /** Closes the modal (the page's own close: it is called only once the person agreed to lose changes). */
  onClose: () => void;
  /** Which form this is, for its draft (`{ form: 'application', recordId }`). */
  draft: DraftTarget;
  /** The form; as a function it gets the close that asks first, for its Cancel button. */
  children: ReactNode | ((requestClose: () => void) => ReactNode);
}

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
  const { scope, restoredAt, confirming, requestClose, discardDraft } = useDraftScope(draft, onClose);
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
        <DraftRestoredAlert savedAt={restoredAt} onDiscard={discardDraft} />
        {typeof children === 'function' ? children(requestClose) : children}
      </FormDraftContext.Provider>
    </Modal>
  );
}
