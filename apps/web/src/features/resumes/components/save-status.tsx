import { Group, Loader, Text } from '@mantine/core';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { formatSavedAt } from './format';
import type { SaveStatus } from './use-autosave';

function sentence(status: SaveStatus): string {
  switch (status.state) {
    case 'saved':
      return `Saved ${formatSavedAt(status.at)}`;
    case 'pending':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'invalid':
      return 'Not saved: correct the field marked in red.';
    case 'failed':
      return `Not saved: ${status.message}`;
  }
}

/** The editor's status line, read out by screen readers as it changes. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const bad = status.state === 'invalid' || status.state === 'failed';
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" data-state={status.state}>
      {status.state === 'saving' && <Loader size={14} aria-hidden />}
      {status.state === 'saved' && <IconCheck size={16} aria-hidden color="var(--mantine-color-teal-text)" />}
      {bad && <IconAlertCircle size={16} aria-hidden color="var(--mantine-color-red-text)" />}
      <Text size="sm" c={bad ? 'red' : 'dimmed'}>
        {sentence(status)}
      </Text>
    </Group>
  );
}
