import type { Contact, CreateContactInput } from '@jobpilot/contracts';
import { FormModal } from '#components/form-modal';
import { notifySuccess } from '#lib/notify';
import { useSaveContact } from '../api/use-save-contact';
import { ContactForm } from './contact-form';

interface ContactFormModalProps {
  /** `'new'` to add, a contact to edit, null when closed. */
  target: Contact | 'new' | null;
  onClose: () => void;
}

export function ContactFormModal({ target, onClose }: ContactFormModalProps) {
  const save = useSaveContact();
  const contact = target === 'new' ? null : target;

  const submit = async (input: CreateContactInput) => {
    const saved = await save.mutateAsync({ id: contact?.id ?? null, input });
    notifySuccess(contact ? `Saved ${saved.name}.` : `Added ${saved.name}.`);
    onClose();
  };

  return (
    <FormModal
      opened={target !== null}
      onClose={onClose}
      title={contact ? `Edit ${contact.name}` : 'Add contact'}
      draft={{ form: 'contact', recordId: contact?.id }}
    >
      {(requestClose) => (
        <ContactForm
          key={contact?.id ?? 'new'}
          contact={contact}
          submitLabel={contact ? 'Save changes' : 'Add contact'}
          onSubmit={submit}
          onCancel={requestClose}
        />
      )}
    </FormModal>
  );
}
