import { Button, Group, Stack } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { DraftFrame, useHasDraft } from '#components/draft-frame';
import { FormError } from '#components/form-error';
import { SectionCard } from '#components/section-card';
import type { DraftTarget } from '#lib/form-draft';
import { useResumeDraft } from '#lib/use-resume-draft';

/** What an in-place editor gets from its card. */
export interface EditorActions {
  onCancel: () => void;
  onSaved: () => void;
}

/** An in-place editor's fields above the error not tied to a field, Cancel and the save button. */
export function EditorForm(props: {
  label: string;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  formError: string | null;
  saving: boolean;
  saveLabel: string;
  saveDisabled?: boolean;
  children: ReactNode;
}) {
  return (
    <form onSubmit={props.onSubmit} noValidate aria-label={props.label}>
      <Stack gap="sm">
        {props.children}
        <FormError message={props.formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={props.saving} disabled={props.saveDisabled ?? false}>
            {props.saveLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface EditableCardProps {
  id: string;
  title: string;
  /** The Edit button's accessible name ("Edit the notes"). */
  editLabel: string;
  /** The editor's draft (`{ form: 'application-notes', recordId }`). */
  draft: DraftTarget;
  view: ReactNode;
  /** The editor: its Cancel calls `onCancel` (asks first when dirty), a save calls `onSaved`. */
  editor: (actions: EditorActions) => ReactNode;
}

/**
 * A workspace card shown read-only and edited in place (view ↔ edit, ADR 033): the editor keeps a draft, a
 * dirty Cancel asks first, and a card with a draft (left unsaved, or met an expired session) opens in edit.
 */
export function EditableCard({ id, title, editLabel, draft, view, editor }: EditableCardProps) {
  const hasDraft = useHasDraft(draft);
  const [editing, setEditing] = useState(hasDraft);
  useResumeDraft(draft.form, (recordId) => recordId === (draft.recordId ?? null) && setEditing(true));
  const action = !editing && (
    <Button
      variant="subtle"
      size="compact-sm"
      leftSection={<IconPencil size={14} />}
      onClick={() => setEditing(true)}
      aria-label={editLabel}
    >
      Edit
    </Button>
  );
  return (
    <SectionCard id={id} title={title} action={action}>
      {editing ? (
        <DraftFrame draft={draft} onClose={() => setEditing(false)}>
          {(requestClose, close) => editor({ onCancel: requestClose, onSaved: close })}
        </DraftFrame>
      ) : (
        view
      )}
    </SectionCard>
  );
}
