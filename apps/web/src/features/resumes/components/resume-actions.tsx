import type { ResumeSummary } from '@jobpilot/contracts';
import { ActionIcon, Menu } from '@mantine/core';
import { IconCopy, IconDots, IconStar, IconTrash } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { confirmDelete } from '#components/confirm-dialog';
import { notifyError, notifySuccess } from '#lib/notify';
import { useDeleteResume, useDuplicateResume, useSetDefaultResume } from '../api/use-resume-actions';

/** Duplicate, make default and delete (after asking) for one résumé of the list. */
export function ResumeActions({ resume }: { resume: ResumeSummary }) {
  const navigate = useNavigate();
  const duplicate = useDuplicateResume();
  const setDefault = useSetDefaultResume();
  const remove = useDeleteResume();

  const copy = () =>
    duplicate.mutate(resume.id, {
      onSuccess: (created) => {
        notifySuccess(`Made a copy: ${created.name}.`);
        void navigate({ to: '/resumes/$resumeId', params: { resumeId: created.id } });
      },
      onError: (error) => notifyError(error, 'Could not copy the résumé'),
    });
  const makeDefault = () =>
    setDefault.mutate(resume.id, {
      onSuccess: () => notifySuccess(`${resume.name} is now your default résumé.`),
      onError: (error) => notifyError(error, 'Could not change the default résumé'),
    });
  const askDelete = () =>
    confirmDelete({
      title: 'Delete résumé',
      message: `Delete ${resume.name} and all its versions? This cannot be undone.`,
      onConfirm: () =>
        remove.mutate(resume.id, {
          onSuccess: () => notifySuccess(`Deleted ${resume.name}.`),
          onError: (error) => notifyError(error, 'Could not delete the résumé'),
        }),
    });

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${resume.name}`}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconCopy size={14} />} onClick={copy}>
          Duplicate
        </Menu.Item>
        {!resume.isDefault && (
          <Menu.Item leftSection={<IconStar size={14} />} onClick={makeDefault}>
            Make default
          </Menu.Item>
        )}
        <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={askDelete}>
          Delete
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
