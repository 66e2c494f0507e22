import { APPLICATION_NOTES_MAX, type Application } from '@jobpilot/contracts';
import { SegmentedControl, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { notifySuccess } from '#lib/notify';
import { useApiForm } from '#lib/use-api-form';
import { useUpdateApplication } from '../../api/use-update-application';
import { EditableCard, type EditorActions, EditorForm } from './editable-card';
import { MarkdownView } from './markdown-view';

const TOO_LONG = `Notes can be at most ${APPLICATION_NOTES_MAX.toLocaleString()} characters.`;

function NotesEditor(props: { application: Application } & EditorActions) {
  const { application } = props;
  const update = useUpdateApplication();
  const [view, setView] = useState<'write' | 'preview'>('write');
  const { form, onSubmit, saving, formError } = useApiForm({
    initialValues: { notes: application.notes ?? '' },
    validate: ({ notes }) => (notes.length > APPLICATION_NOTES_MAX ? { notes: TOO_LONG } : {}),
    submit: ({ notes }) =>
      update.mutateAsync({ id: application.id, input: { notes: notes.trim() === '' ? null : notes } }),
    onSuccess: () => {
      notifySuccess('Saved the notes.');
      props.onSaved();
    },
  });
  const text = form.getValues().notes;
  const tooLong = text.length > APPLICATION_NOTES_MAX;
  return (
    <EditorForm
      label="Edit the notes"
      onSubmit={onSubmit}
      onCancel={props.onCancel}
      formError={formError}
      saving={saving}
      saveLabel="Save notes"
      saveDisabled={tooLong}
    >
      <SegmentedControl
        size="xs"
        w="fit-content"
        value={view}
        onChange={(v) => setView(v === 'preview' ? 'preview' : 'write')}
        data={[
          { value: 'write', label: 'Write' },
          { value: 'preview', label: 'Preview' },
        ]}
      />
      {view === 'write' ? (
        <Textarea
          label="Notes"
          description="Markdown: **bold**, *italic*, - lists, # headings, [links](https://…)"
          autosize
          minRows={5}
          maxRows={20}
          data-autofocus
          {...form.getInputProps('notes')}
          error={tooLong ? TOO_LONG : form.errors.notes}
        />
      ) : text.trim() ? (
        <MarkdownView source={text} />
      ) : (
        <Text size="sm" c="dimmed">
          Nothing to preview yet.
        </Text>
      )}
    </EditorForm>
  );
}

/** The person's notes on this job, in Markdown, shown rendered and edited in place with a preview. */
export function NotesCard({ application }: { application: Application }) {
  return (
    <EditableCard
      id="notes-title"
      title="Notes"
      editLabel="Edit the notes"
      draft={{ form: 'application-notes', recordId: application.id }}
      editor={(actions) => <NotesEditor application={application} {...actions} />}
      view={
        application.notes ? (
          <MarkdownView source={application.notes} />
        ) : (
          <Text size="sm" c="dimmed">
            No notes yet. Jot down who you talked to, what they asked, and what to prepare.
          </Text>
        )
      }
    />
  );
}
