import type { Application } from '@jobpilot/contracts';
import { ActionIcon, Menu } from '@mantine/core';
import { IconChecklist, IconDots, IconHistory, IconPencil, IconTags, IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useRef } from 'react';
import { applicationTitle } from '#lib/application-format';

export interface RowActionHandlers {
  onEdit: (application: Application) => void;
  onHistory: (application: Application) => void;
  onDelete: (application: Application) => void;
  /** Opens the tags of the application (the table; the board has no tags menu). */
  onTags?: (application: Application) => void;
}

export function RowActions({
  application,
  onEdit,
  onHistory,
  onDelete,
  onTags,
}: RowActionHandlers & { application: Application }) {
  const navigate = useNavigate();
  const target = useRef<HTMLButtonElement>(null);
  /**
   * Focus goes back to the dots button before the dialog opens: the dialog returns focus to what was focused when it
   * opened, and the menu item that opened it is gone by then.
   */
  const opening = (handler: (application: Application) => void) => () => {
    target.current?.focus();
    handler(application);
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          ref={target}
          variant="subtle"
          color="gray"
          aria-label={`Actions for ${applicationTitle(application)}`}
        >
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={14} />} onClick={opening(onEdit)}>
          Edit
        </Menu.Item>
        {onTags && (
          <Menu.Item leftSection={<IconTags size={14} />} onClick={opening(onTags)}>
            Tags
          </Menu.Item>
        )}
        <Menu.Item leftSection={<IconHistory size={14} />} onClick={opening(onHistory)}>
          History
        </Menu.Item>
        <Menu.Item
          leftSection={<IconChecklist size={14} />}
          onClick={() => navigate({ to: '/tasks', search: { applicationId: application.id } })}
        >
          Tasks
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={opening(onDelete)}>
          Delete
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
