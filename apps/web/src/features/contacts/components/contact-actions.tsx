import type { Contact } from '@jobpilot/contracts';
import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { confirmDelete as confirm } from '#components/confirm-dialog';
import { notifyError, notifySuccess } from '#lib/notify';
import { useDeleteContact } from '../api/use-save-contact';

/** Edit and delete (after asking) for one contact. */
export function ContactActions({ contact, onEdit }: { contact: Contact; onEdit: (contact: Contact) => void }) {
  const remove = useDeleteContact();
  const confirmDelete = () =>
    confirm({
      title: 'Delete contact',
      message: `Delete ${contact.name}? This cannot be undone.`,
      onConfirm: () =>
        remove.mutate(contact.id, {
          onSuccess: () => notifySuccess(`Deleted ${contact.name}.`),
          onError: (error) => notifyError(error, 'Could not delete the contact'),
        }),
    });

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${contact.name}`}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(contact)}>
          Edit
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={confirmDelete}>
          Delete
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
