import type { ResumeVersionKind, ResumeVersionSummary } from '@jobpilot/contracts';
import { Button, Checkbox, Drawer, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { openConfirmDialog } from '#components/confirm-dialog';
import { QueryState } from '#components/query-state';
import { useResumeDiff, useResumeVersions } from '../api/use-resume-versions';
import { formatUpdated } from './format';
import { VersionDiff } from './version-diff';

const KIND_LABELS: Record<ResumeVersionKind, string> = {
  autosave: 'Autosaved',
  save: 'Saved',
  restore: 'Restored',
  import: 'Imported',
};

interface HistoryDrawerProps {
  resumeId: string;
  opened: boolean;
  onClose: () => void;
  /** Restores a version (the editor saves what is unsaved first). */
  onRestore: (version: ResumeVersionSummary) => Promise<void>;
}

/** Two versions to compare, older first. */
function ordered(versions: ResumeVersionSummary[], picked: string[]): [string | null, string | null] {
  const chosen = versions.filter((v) => picked.includes(v.id)).sort((a, b) => a.number - b.number);
  return [chosen[0]?.id ?? null, chosen[1]?.id ?? null];
}

function VersionRow(props: {
  version: ResumeVersionSummary;
  latest: boolean;
  picked: boolean;
  onPick: (picked: boolean) => void;
  onRestore: () => void;
}) {
  const { version, latest } = props;
  return (
    <Paper withBorder p="xs" radius="sm">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Checkbox
          checked={props.picked}
          onChange={(event) => props.onPick(event.currentTarget.checked)}
          label={
            <Stack gap={0}>
              <Text size="sm" fw={600}>
                Version {version.number} · {KIND_LABELS[version.kind]}
                {latest ? ' · current' : ''}
              </Text>
              <Text size="xs" c="dimmed">
                {formatUpdated(version.updatedAt)}
              </Text>
            </Stack>
          }
        />
        {!latest && (
          <Button size="compact-sm" variant="subtle" leftSection={<IconRestore size={14} />} onClick={props.onRestore}>
            Restore this version<VisuallyHidden> (version {version.number})</VisuallyHidden>
          </Button>
        )}
      </Group>
    </Paper>
  );
}

/** The versions of a résumé: pick two to read what changed between them, or restore an older one. */
export function HistoryDrawer({ resumeId, opened, onClose, onRestore }: HistoryDrawerProps) {
  const versions = useResumeVersions(resumeId, opened);
  const list = versions.data?.data ?? [];
  const [picked, setPicked] = useState<string[]>([]);
  // On opening, the two newest versions are compared (what the last change was).
  useEffect(() => {
    if (opened && picked.length === 0 && list.length >= 2) setPicked(list.slice(0, 2).map((v) => v.id));
  }, [opened, list, picked.length]);
  const [from, to] = ordered(list, picked);
  const diff = useResumeDiff(resumeId, from, to);

  const pick = (id: string, on: boolean) =>
    setPicked((current) => (on ? [...current.filter((v) => v !== id), id].slice(-2) : current.filter((v) => v !== id)));
  const restore = (version: ResumeVersionSummary) =>
    openConfirmDialog({
      title: `Restore version ${version.number}?`,
      message: 'The résumé goes back to this version. What it holds now stays in the history as a version of its own.',
      confirmLabel: 'Restore',
      onConfirm: () => void onRestore(version).then(() => setPicked([])),
    });

  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title="History"
      closeButtonProps={{ 'aria-label': 'Close the history' }}
    >
      <Stack gap="md">
        <QueryState query={versions} loadingLabel="Loading versions" errorTitle="Could not load the versions" compact>
          {(page) => (
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {page.pagination.total === 1 ? '1 version' : `${page.pagination.total} versions`}. Tick two to compare
                them.
              </Text>
              {page.data.map((version, index) => (
                <VersionRow
                  key={version.id}
                  version={version}
                  latest={index === 0 && page.pagination.page === 1}
                  picked={picked.includes(version.id)}
                  onPick={(on) => pick(version.id, on)}
                  onRestore={() => restore(version)}
                />
              ))}
            </Stack>
          )}
        </QueryState>
        <Title order={3} size="h5">
          What changed
        </Title>
        {from === null || to === null ? (
          <Text size="sm" c="dimmed">
            Tick two versions to see what changed between them.
          </Text>
        ) : (
          <QueryState
            query={diff}
            loadingLabel="Comparing versions"
            errorTitle="Could not compare the versions"
            compact
          >
            {(found) => <VersionDiff diff={found} />}
          </QueryState>
        )}
      </Stack>
    </Drawer>
  );
}
