import { Button } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { DraftFrame, useHasDraft } from '#components/draft-frame';
import type { DraftTarget } from '#lib/form-draft';
import { useResumeDraft } from '#lib/use-resume-draft';
import { SectionCard } from './section-card';

interface EditableCardProps {
  id: string;
  title: string;
  /** The Edit button's accessible name ("Edit the notes"). */
  editLabel: string;
  /** The editor's draft (`{ form: 'application-notes', recordId }`). */
  draft: DraftTarget;
  view: ReactNode;
  /** The editor: Cancel calls `requestClose` (asks first when dirty), a save calls `close`. */
  editor: (requestClose: () => void, close: () => void) => ReactNode;
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
          {editor}
        </DraftFrame>
      ) : (
        view
      )}
    </SectionCard>
  );
}
