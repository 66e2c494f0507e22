import { type ListedTag, TAG_COLORS, TAG_NAME_MAX, type TagColor } from '@jobpilot/contracts';
import { ActionIcon, ColorSwatch, Group, Select, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { confirmDelete } from '#components/confirm-dialog';
import { QueryState } from '#components/query-state';
import { SettingsLayout } from '#components/settings-layout';
import { ApiRequestError } from '#lib/api-client';
import { notifyError, notifySuccess } from '#lib/notify';
import { useDeleteTag, useTagList, useUpdateTag } from '../api/use-tag-settings';

const colorName = (c: string) => c.charAt(0).toUpperCase() + c.slice(1);
const swatch = (c: string) => `var(--mantine-color-${c}-filled)`;
const applicationsCount = (n: number) => (n === 1 ? '1 application' : `${n} applications`);

/** The name, saved on Enter or when the field loses focus; a refused name says why under the field. */
function TagNameInput({ tag }: { tag: ListedTag }) {
  const update = useUpdateTag();
  const [value, setValue] = useState(tag.name);
  const [error, setError] = useState<string | null>(null);
  // One save at a time: Enter saves, and the blur that may follow must not send the same rename again (a second
  // call would also take over the first one's callbacks, losing its "Renamed" message).
  const saving = useRef(false);

  function save() {
    if (saving.current) return;
    const name = value.trim();
    if (name === tag.name) {
      setValue(tag.name);
      setError(null);
      return;
    }
    if (name === '') {
      setError('Enter the tag name.');
      return;
    }
    saving.current = true;
    update.mutate(
      { id: tag.id, patch: { name } },
      {
        onSettled: () => {
          saving.current = false;
        },
        onSuccess: (saved) => {
          setValue(saved.name);
          setError(null);
          notifySuccess(`Renamed the tag to “${saved.name}”.`);
        },
        onError: (e) => {
          if (e instanceof ApiRequestError && e.field === 'name') setError(`${e.message}.`);
          else notifyError(e, 'Could not rename the tag');
        },
      },
    );
  }

  return (
    <TextInput
      aria-label={`Name of the tag “${tag.name}”`}
      value={value}
      maxLength={TAG_NAME_MAX}
      error={error}
      onChange={(e) => {
        setValue(e.currentTarget.value);
        setError(null);
      }}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') save();
        if (e.key === 'Escape') {
          setValue(tag.name);
          setError(null);
        }
      }}
      readOnly={update.isPending}
    />
  );
}

function TagColorSelect({ tag }: { tag: ListedTag }) {
  const update = useUpdateTag();
  return (
    <Select
      aria-label={`Colour of the tag “${tag.name}”`}
      data={TAG_COLORS.map((c) => ({ value: c, label: colorName(c) }))}
      value={tag.color}
      allowDeselect={false}
      w={130}
      leftSection={<ColorSwatch color={swatch(tag.color)} size={14} aria-hidden />}
      renderOption={({ option }) => (
        <Group gap="xs" wrap="nowrap">
          <ColorSwatch color={swatch(option.value)} size={14} aria-hidden />
          <span>{option.label}</span>
        </Group>
      )}
      onChange={(c) => {
        if (!c || c === tag.color) return;
        update.mutate(
          { id: tag.id, patch: { color: c as TagColor } },
          {
            onSuccess: (saved) => notifySuccess(`“${saved.name}” is now ${saved.color}.`),
            onError: (e) => notifyError(e, 'Could not change the colour'),
          },
        );
      }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

function DeleteTagButton({ tag }: { tag: ListedTag }) {
  const remove = useDeleteTag();
  return (
    <ActionIcon
      variant="subtle"
      color="red"
      aria-label={`Delete the tag “${tag.name}”`}
      loading={remove.isPending}
      onClick={() =>
        confirmDelete({
          title: `Delete the tag “${tag.name}”?`,
          message:
            tag.applicationCount === 0
              ? `No application carries “${tag.name}”. This cannot be undone.`
              : `Remove the tag “${tag.name}” from ${applicationsCount(tag.applicationCount)}? The applications stay; only the tag goes. This cannot be undone.`,
          onConfirm: () =>
            remove.mutate(tag.id, {
              onSuccess: () => notifySuccess(`Deleted the tag “${tag.name}”.`),
              onError: (e) => notifyError(e, 'Could not delete the tag'),
            }),
        })
      }
    >
      <IconTrash size={18} aria-hidden />
    </ActionIcon>
  );
}

function TagsTable({ tags }: { tags: ListedTag[] }) {
  if (tags.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        You have no tags yet. Add one from an application: open its menu on the Applications page and choose Tags.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table verticalSpacing="xs" aria-label="Tags">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Colour</Table.Th>
            <Table.Th visibleFrom="xs">Used on</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tags.map((tag) => (
            <Table.Tr key={tag.id} aria-label={tag.name}>
              <Table.Td>
                <Stack gap={2}>
                  <TagNameInput key={tag.name} tag={tag} />
                  <Text size="xs" c="dimmed" hiddenFrom="xs">
                    {applicationsCount(tag.applicationCount)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <TagColorSelect tag={tag} />
              </Table.Td>
              <Table.Td visibleFrom="xs">
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {applicationsCount(tag.applicationCount)}
                </Text>
              </Table.Td>
              <Table.Td>
                <DeleteTagButton tag={tag} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** `/settings/tags`: every tag with how many applications carry it; rename, recolour or delete one. */
export function TagsPage() {
  useDocumentTitle('Tags · JobPilot');
  const tags = useTagList();
  return (
    <SettingsLayout title="Tags">
      <Text c="dimmed" size="sm">
        Tags label your applications; filter the Applications page by them. Renaming or recolouring a tag changes it on
        every application that carries it.
      </Text>
      <QueryState query={tags} loadingLabel="Loading tags" errorTitle="Could not load your tags">
        {(list) => <TagsTable tags={list} />}
      </QueryState>
    </SettingsLayout>
  );
}
