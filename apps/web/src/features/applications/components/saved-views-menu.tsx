import type { SavedView } from '@jobpilot/contracts';
import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Modal,
  Popover,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { IconBookmark, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { errorMessage } from '#lib/api-client';
import { notifyError, notifySuccess } from '#lib/notify';
import { useCreateSavedView, useDeleteSavedView, useSavedViews } from '../api/use-saved-views';
import { useTags } from '../api/use-tags';
import { type ApplicationsSearch, viewOf } from '../routes/search';

interface SavedViewsMenuProps {
  search: ApplicationsSearch;
  onApply: (view: SavedView) => void;
}

/** "Views": apply or delete a saved view, or save the current filters, search and sort under a name. */
export function SavedViewsMenu({ search, onApply }: SavedViewsMenuProps) {
  const views = useSavedViews();
  const tags = useTags();
  /** A tag deleted since the view was saved filters to nothing: leave it out. */
  const apply = (view: SavedView) => {
    const known = view.search.tag?.filter((id) => tags.data?.some((t) => t.id === id));
    onApply({ ...view, search: { ...view.search, tag: known?.length ? known : undefined } });
  };
  const create = useCreateSavedView();
  const remove = useDeleteSavedView();
  const [open, setOpen] = useState(false);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const target = useRef<HTMLButtonElement>(null);

  const save = async () => {
    try {
      await create.mutateAsync({ name, search: viewOf(search) });
      notifySuccess(`Saved the view “${name.trim()}”`);
      setNaming(false);
      setName('');
    } catch {
      // The error shows under the name field.
    }
  };

  return (
    <>
      <Popover
        opened={open}
        onChange={setOpen}
        // Focus moves into the list (so Escape closes it) and back to the Views button after.
        trapFocus
        returnFocus
        position="bottom-end"
        width={280}
        shadow="md"
        withinPortal
      >
        <Popover.Target>
          <Button
            ref={target}
            variant="default"
            leftSection={<IconBookmark size={16} />}
            onClick={() => setOpen((o) => !o)}
          >
            Views
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap={4} aria-label="Saved views">
            {(views.data ?? []).length === 0 && (
              <Text size="sm" c="dimmed">
                No saved views yet. Filter the list, then save it here to come back to it.
              </Text>
            )}
            {(views.data ?? []).map((view) => (
              <Group key={view.id} justify="space-between" wrap="nowrap" gap={4}>
                <UnstyledButton
                  onClick={() => {
                    apply(view);
                    setOpen(false);
                  }}
                  style={{ flex: 1, minWidth: 0 }}
                  py={4}
                >
                  <Text size="sm" truncate="end">
                    {view.name}
                  </Text>
                </UnstyledButton>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Delete the view ${view.name}`}
                  onClick={() =>
                    remove.mutate(view.id, { onError: (error) => notifyError(error, 'Could not delete the view') })
                  }
                >
                  <IconTrash size={14} />
                </ActionIcon>
              </Group>
            ))}
            <Divider my={4} />
            <Button
              variant="light"
              size="xs"
              onClick={() => {
                // The dialog returns focus to what was focused when it opened; this button is gone by then.
                target.current?.focus();
                setOpen(false);
                setNaming(true);
              }}
            >
              Save current view
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <Modal opened={naming} onClose={() => setNaming(false)} title="Save this view">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Stack>
            <TextInput
              label="Name"
              placeholder="Berlin backend roles"
              value={name}
              onChange={(e) => {
                setName(e.currentTarget.value);
                create.reset();
              }}
              error={create.error ? errorMessage(create.error) : undefined}
              maxLength={60}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNaming(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                Save view
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
