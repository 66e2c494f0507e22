import { APPLICATION_NOTES_MAX, type Application } from '@jobpilot/contracts';
import { Button, Card, Group, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { FormError } from '#components/form-error';
import { errorMessage } from '#lib/api-client';
import { notifySuccess } from '#lib/notify';
import { useUpdateApplication } from '../../api/use-update-application';
import { MarkdownView } from './markdown-view';

function NotesEditor({ application, onDone }: { application: Application; onDone: () => void }) {
  const update = useUpdateApplication();
  const [text, setText] = useState(application.notes ?? '');
  const [view, setView] = useState<'write' | 'preview'>('write');
  const [error, setError] = useState<string | null>(null);
  const tooLong = text.length > APPLICATION_NOTES_MAX;
  const save = async () => {
    setError(null);
    try {
      await update.mutateAsync({ id: application.id, input: { notes: text.trim() === '' ? null : text } });
      notifySuccess('Saved the notes.');
      onDone();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Stack gap="sm">
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
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={tooLong ? `Notes can be at most ${APPLICATION_NOTES_MAX.toLocaleString()} characters.` : undefined}
          data-autofocus
        />
      ) : text.trim() ? (
        <MarkdownView source={text} />
      ) : (
        <Text size="sm" c="dimmed">
          Nothing to preview yet.
        </Text>
      )}
      <FormError message={error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={save} loading={update.isPending} disabled={tooLong}>
          Save notes
        </Button>
      </Group>
    </Stack>
  );
}

/** The person's notes on this job, in Markdown, shown rendered and edited in place with a preview. */
export function NotesCard({ application }: { application: Application }) {
  const [editing, setEditing] = useState(false);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="notes-title">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title id="notes-title" order={2} size="h4">
          Notes
        </Title>
        {!editing && (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPencil size={14} />}
            onClick={() => setEditing(true)}
            aria-label="Edit the notes"
          >
            Edit
          </Button>
        )}
      </Group>
      {editing ? (
        <NotesEditor application={application} onDone={() => setEditing(false)} />
      ) : application.notes ? (
        <MarkdownView source={application.notes} />
      ) : (
        <Text size="sm" c="dimmed">
          No notes yet. Jot down who you talked to, what they asked, and what to prepare.
        </Text>
      )}
    </Card>
  );
}
