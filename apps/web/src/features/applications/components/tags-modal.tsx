import { type Application, TAG_COLORS, type TagColor } from '@jobpilot/contracts';
import { Button, CheckIcon, ColorSwatch, Group, Modal, Stack, TagsInput, Text } from '@mantine/core';
import { useState } from 'react';
import { applicationTitle } from '#lib/application-format';
import { notifyError } from '#lib/notify';
import { useCreateTag, useSetApplicationTag, useTags } from '../api/use-tags';

/** The colour a new tag gets unless the person picks another: the next one of the palette. */
const nextColor = (count: number): TagColor => TAG_COLORS[(count + 6) % TAG_COLORS.length] ?? 'blue';

/**
 * The tags of one application: pick existing ones or type a new name and press Enter to create it (in the colour
 * chosen below); removing a pill detaches the tag. Each change is saved at once.
 */
export function TagsModal({ application, onClose }: { application: Application | null; onClose: () => void }) {
  const tags = useTags();
  const createTag = useCreateTag();
  const setTag = useSetApplicationTag();
  const [picked, setPicked] = useState<TagColor | null>(null);
  const all = tags.data ?? [];
  const current = application?.tags ?? [];
  const color = picked ?? nextColor(all.length);

  async function change(names: string[]) {
    if (!application) return;
    const byName = (name: string) => all.find((t) => t.name.toLowerCase() === name.trim().toLowerCase());
    const added = names.filter((n) => !current.some((t) => t.name.toLowerCase() === n.trim().toLowerCase()));
    const removed = current.filter((t) => !names.some((n) => n.trim().toLowerCase() === t.name.toLowerCase()));
    try {
      for (const name of added) {
        if (!name.trim()) continue;
        const tag = byName(name) ?? (await createTag.mutateAsync({ name: name.trim(), color }));
        await setTag.mutateAsync({ applicationId: application.id, tagId: tag.id, attached: true });
      }
      for (const tag of removed) {
        await setTag.mutateAsync({ applicationId: application.id, tagId: tag.id, attached: false });
      }
      setPicked(null);
    } catch (error) {
      notifyError(error, 'Could not change the tags');
    }
  }

  return (
    <Modal
      opened={application !== null}
      onClose={onClose}
      title={application ? `Tags · ${applicationTitle(application)}` : 'Tags'}
    >
      <Stack>
        <TagsInput
          label="Tags"
          description="Pick a tag, or type a new one and press Enter"
          placeholder="Remote, dream job…"
          data={all.map((t) => t.name)}
          value={current.map((t) => t.name)}
          onChange={(names) => void change(names)}
          maxLength={40}
          clearable
          comboboxProps={{ withinPortal: true }}
          data-autofocus
        />
        <Stack gap={6}>
          <Text size="sm" fw={500} id="new-tag-colour">
            Colour of a new tag
          </Text>
          <Group gap={6} role="radiogroup" aria-labelledby="new-tag-colour">
            {TAG_COLORS.map((c) => (
              <ColorSwatch
                key={c}
                component="button"
                type="button"
                role="radio"
                aria-checked={c === color}
                aria-label={c}
                color={`var(--mantine-color-${c}-filled)`}
                size={22}
                onClick={() => setPicked(c)}
                style={{ color: 'white', cursor: 'pointer' }}
              >
                {c === color && <CheckIcon size={10} />}
              </ColorSwatch>
            ))}
          </Group>
        </Stack>
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
