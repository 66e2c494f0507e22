import type { ResumeDiff } from '@jobpilot/contracts';
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';

const CHANGE_LABELS = { added: 'Added', removed: 'Removed', changed: 'Changed' } as const;
const CHANGE_COLORS = { added: 'teal', removed: 'red', changed: 'blue' } as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The readable difference of two versions: each changed field by its label, with before and after. */
export function VersionDiff({ diff }: { diff: ResumeDiff }) {
  const { counts } = diff;
  if (diff.changes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Versions {diff.from.number} and {diff.to.number} hold the same résumé.
      </Text>
    );
  }
  return (
    <Stack gap="xs" aria-label={`Changes from version ${diff.from.number} to ${diff.to.number}`} role="region">
      <Text size="sm">
        From version {diff.from.number} to {diff.to.number}: {plural(counts.changed, 'change')},{' '}
        {plural(counts.added, 'addition')}, {plural(counts.removed, 'removal')}.
      </Text>
      {diff.changes.map((change) => (
        <Paper key={`${change.change}-${change.path}`} withBorder p="xs" radius="sm">
          <Group gap="xs" mb={4} wrap="nowrap" align="flex-start">
            <Badge size="sm" variant="light" color={CHANGE_COLORS[change.change]} style={{ flexShrink: 0 }}>
              {CHANGE_LABELS[change.change]}
            </Badge>
            <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {change.label}
            </Text>
          </Group>
          {change.before !== null && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              <Text span size="sm" c="dimmed">
                Before:{' '}
              </Text>
              <Text span size="sm" td={change.change === 'removed' ? 'line-through' : undefined}>
                {change.before}
              </Text>
            </Text>
          )}
          {change.after !== null && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              <Text span size="sm" c="dimmed">
                After:{' '}
              </Text>
              {change.after}
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
