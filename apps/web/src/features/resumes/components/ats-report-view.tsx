import type { AtsFinding, AtsReport } from '@jobpilot/contracts';
import { Badge, Blockquote, Group, Paper, Progress, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { editorPath, groupFindings, locationLabel, scoreVerdict } from './ats-report';

interface AtsReportViewProps {
  report: AtsReport;
  /** Given in the editor: a finding about a field becomes a button that goes to that field. */
  onFindingClick?: ((path: string) => void) | undefined;
}

/** The ATS report: the score and what it means, each category's score, then the findings by severity. */
export function AtsReportView({ report, onFindingClick }: AtsReportViewProps) {
  const verdict = scoreVerdict(report.score);
  const categories = report.categories.filter((category) => category.applies);
  return (
    <Stack gap="lg">
      <Group gap="md" wrap="nowrap" align="center">
        <Text
          component="p"
          fz={56}
          fw={700}
          lh={1}
          m={0}
          style={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          c={`var(--mantine-color-${verdict.color}-text)`}
          aria-label={`ATS score ${report.score} out of 100`}
        >
          {report.score}
        </Text>
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            out of 100
          </Text>
          <Text fw={500}>{verdict.sentence}</Text>
        </Stack>
      </Group>
      <Stack gap="xs">
        <Title order={3} size="h5">
          Categories
        </Title>
        {categories.map((category) => (
          <Stack key={category.id} gap={4}>
            <Group justify="space-between" gap="xs">
              <Text size="sm" id={`ats-category-${category.id}`}>
                {category.label}
              </Text>
              <Text size="sm" c="dimmed">
                {category.score} · weight {Math.round(category.weight)}%
              </Text>
            </Group>
            <Progress
              value={category.score}
              color={scoreVerdict(category.score).color}
              aria-label={`${category.label}: ${category.score} out of 100`}
            />
          </Stack>
        ))}
      </Stack>
      {report.findings.length === 0 ? (
        <Text>No findings: nothing to fix.</Text>
      ) : (
        groupFindings(report.findings).map((group) => (
          <Stack key={group.severity} gap="xs">
            <Title order={3} size="h5">
              {group.title} ({group.findings.length})
            </Title>
            <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {group.findings.map((finding, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two findings may share code and path
                <li key={`${finding.code}-${finding.where.path ?? ''}-${index}`}>
                  <FindingItem finding={finding} color={group.color} onClick={onFindingClick} />
                </li>
              ))}
            </Stack>
          </Stack>
        ))
      )}
    </Stack>
  );
}

function FindingItem({
  finding,
  color,
  onClick,
}: {
  finding: AtsFinding;
  color: string;
  onClick?: ((path: string) => void) | undefined;
}) {
  const path = onClick ? editorPath(finding.where.path) : null;
  const body = (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Badge color={color} variant="light" size="sm" tt="none">
          {locationLabel(finding.where)}
        </Badge>
      </Group>
      <Text size="sm">{finding.message}</Text>
      {finding.where.text && (
        <Blockquote color={color} p="xs" fz="sm" style={{ overflowWrap: 'anywhere' }}>
          {finding.where.text}
        </Blockquote>
      )}
    </Stack>
  );
  return (
    <Paper withBorder p="sm" radius="sm">
      {path && onClick ? (
        <UnstyledButton w="100%" onClick={() => onClick(path)}>
          {body}
          <Text size="xs" c="dimmed" mt={4}>
            Go to the field
          </Text>
        </UnstyledButton>
      ) : (
        body
      )}
    </Paper>
  );
}
