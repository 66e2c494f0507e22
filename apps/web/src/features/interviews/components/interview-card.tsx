import type { Interview } from '@jobpilot/contracts';
import { ActionIcon, Anchor, Badge, Card, Group, Menu, Stack, Text } from '@mantine/core';
import { IconDots, IconPencil, IconTrash } from '@tabler/icons-react';
import { AnchorLink } from '#components/links';
import { interviewTitle, placeOf, TYPE_COLORS, TYPE_LABELS, timeRange } from './format';

interface InterviewCardProps {
  interview: Interview;
  past: boolean;
  onEdit: (interview: Interview) => void;
  onDelete: (interview: Interview) => void;
}

/** One interview in the list: when, what, where, and its actions. */
export function InterviewCard({ interview, past, onEdit, onDelete }: InterviewCardProps) {
  const place = placeOf(interview);
  return (
    <Card withBorder padding="sm" opacity={past ? 0.7 : 1} aria-label={`Interview with ${interviewTitle(interview)}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={4} miw={0}>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>
              {timeRange(interview)}
            </Text>
            <Badge size="sm" variant="light" color={TYPE_COLORS[interview.type]}>
              {TYPE_LABELS[interview.type]}
            </Badge>
            {past && (
              <Badge size="sm" variant="outline" color="gray">
                Past
              </Badge>
            )}
          </Group>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {interviewTitle(interview)}
          </Text>
          {place &&
            (interview.meetingUrl && interview.type === 'online' ? (
              <Anchor
                href={interview.meetingUrl}
                target="_blank"
                rel="noreferrer"
                size="sm"
                style={{ overflowWrap: 'anywhere' }}
              >
                {interview.meetingUrl}
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {place}
              </Text>
            ))}
          {interview.details && (
            <Text size="sm" lineClamp={2} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {interview.details}
            </Text>
          )}
          {interview.applicationId && (
            <AnchorLink to="/tasks" search={{ applicationId: interview.applicationId }} size="sm">
              Application tasks
            </AnchorLink>
          )}
        </Stack>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${interviewTitle(interview)}`}>
              <IconDots size={18} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => onEdit(interview)}>
              Edit
            </Menu.Item>
            <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => onDelete(interview)}>
              Delete
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Card>
  );
}
