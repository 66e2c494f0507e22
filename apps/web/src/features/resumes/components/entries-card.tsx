import { ActionIcon, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { SectionCard } from '#components/section-card';
import { EntryFields } from './entry-fields';
import type { ResumeFormValues } from './resume-form-values';
import { blankEntry, type EntryValues, type FieldSpec } from './sections';

interface EntriesCardProps {
  form: UseFormReturnType<ResumeFormValues>;
  /** The form path of the list, e.g. `sections.work`. */
  path: string;
  id: string;
  title: string;
  /** One entry's noun: "job" → "Add a job", "Move Engineer at Acme up". */
  entry: string;
  fields: readonly FieldSpec[];
  entries: EntryValues[];
  describe: (entry: EntryValues) => string;
  compact?: boolean;
}

/** After a move the focus follows the entry to its new place (on the same button while it can still move). */
function focusAfterMove(id: string, to: number, direction: 'up' | 'down', last: number) {
  requestAnimationFrame(() => {
    const atEdge = direction === 'up' ? to === 0 : to === last;
    const button = atEdge ? (direction === 'up' ? 'down' : 'up') : direction;
    document.getElementById(`${id}-${to}-${button}`)?.focus();
  });
}

/** One section's card: its entries, each with move up/down and remove, and "Add a …". */
export function EntriesCard(props: EntriesCardProps) {
  const { form, path, id, title, entry, fields, entries, describe, compact = false } = props;
  const last = entries.length - 1;
  const move = (from: number, direction: 'up' | 'down') => {
    const to = direction === 'up' ? from - 1 : from + 1;
    form.reorderListItem(path, { from, to });
    focusAfterMove(id, to, direction, last);
  };
  const add = () => {
    form.insertListItem(path, blankEntry(fields));
    requestAnimationFrame(() => document.getElementById(`${id}-${entries.length}`)?.querySelector('input')?.focus());
  };
  const remove = (index: number) => {
    form.removeListItem(path, index);
    requestAnimationFrame(() => document.getElementById(`${id}-add`)?.focus());
  };
  return (
    <SectionCard
      id={id}
      title={title}
      action={
        <Button id={`${id}-add`} variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={add}>
          Add a {entry}
        </Button>
      }
    >
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing here yet.
        </Text>
      ) : (
        <Stack gap="sm">
          {entries.map((values, index) => {
            const name = describe(values) || `${entry} ${index + 1}`;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity but their position
              <Paper key={index} withBorder p="sm" radius="sm" id={`${id}-${index}`} role="group" aria-label={name}>
                <Group justify="space-between" mb="xs" wrap="nowrap">
                  <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {name}
                  </Text>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label="Move up">
                      <ActionIcon
                        id={`${id}-${index}-up`}
                        variant="subtle"
                        color="gray"
                        aria-label={`Move ${name} up`}
                        disabled={index === 0}
                        onClick={() => move(index, 'up')}
                      >
                        <IconArrowUp size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Move down">
                      <ActionIcon
                        id={`${id}-${index}-down`}
                        variant="subtle"
                        color="gray"
                        aria-label={`Move ${name} down`}
                        disabled={index === last}
                        onClick={() => move(index, 'down')}
                      >
                        <IconArrowDown size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Remove">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Remove ${name}`}
                        onClick={() => remove(index)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Group>
                <EntryFields
                  form={form}
                  path={`${path}.${index}`}
                  entry={values}
                  fields={fields}
                  entryName={name}
                  compact={compact}
                />
              </Paper>
            );
          })}
        </Stack>
      )}
    </SectionCard>
  );
}
