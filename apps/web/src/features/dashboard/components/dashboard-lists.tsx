import type { Dashboard } from '@jobpilot/contracts';
import { Badge, Box, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { AnchorLink } from '#components/links';
import { SectionCard } from '#components/section-card';
import { formatDate, formatDateTime, STATUS_COLORS, STATUS_LABELS } from '#lib/application-format';
import { interviewTypeLabel } from '#lib/interview-types';

function ListCard(props: { id: string; title: string; action?: ReactNode; empty: string; children: ReactNode[] }) {
  return (
    <SectionCard id={props.id} title={props.title} action={props.action}>
      {props.children.length === 0 ? (
        <Text size="sm" c="dimmed">
          {props.empty}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {props.children}
        </Stack>
      )}
    </SectionCard>
  );
}

/** One entry; with `applicationId` its title opens that application's page. */
function Item(props: { title: string; detail: ReactNode; aside?: ReactNode; applicationId?: string | null }) {
  const { title, detail, aside, applicationId } = props;
  return (
    <Group component="li" justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
      <Stack gap={0} miw={0} style={{ flex: 1 }}>
        <Text size="sm" fw={500} lineClamp={2}>
          {applicationId ? (
            <AnchorLink to="/applications/$applicationId" params={{ applicationId }} inherit>
              {title}
            </AnchorLink>
          ) : (
            title
          )}
        </Text>
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      </Stack>
      {aside && <Box style={{ flexShrink: 0 }}>{aside}</Box>}
    </Group>
  );
}

export function UpcomingInterviews({ interviews }: { interviews: Dashboard['upcomingInterviews'] }) {
  return (
    <ListCard
      id="upcoming-title"
      title="Upcoming interviews"
      empty="No interviews scheduled."
      action={
        <AnchorLink to="/interviews" size="sm">
          View all
        </AnchorLink>
      }
    >
      {interviews.map((i) => (
        <Item
          key={i.id}
          applicationId={i.applicationId}
          title={`${i.company} — ${i.position}`}
          detail={<time dateTime={i.scheduledAt}>{formatDateTime(i.scheduledAt)}</time>}
          aside={<Badge variant="outline">{interviewTypeLabel(i.type)}</Badge>}
        />
      ))}
    </ListCard>
  );
}

export function RecentApplications({ applications }: { applications: Dashboard['recentApplications'] }) {
  return (
    <ListCard
      id="recent-title"
      title="Recent applications"
      empty="Nothing added yet."
      action={
        <AnchorLink to="/applications" size="sm">
          View all
        </AnchorLink>
      }
    >
      {applications.map((a) => (
        <Item
          key={a.id}
          applicationId={a.id}
          title={`${a.company} — ${a.position}`}
          detail={`Added ${formatDate(a.createdAt)}`}
          aside={
            <Badge color={STATUS_COLORS[a.status]} variant="light">
              {STATUS_LABELS[a.status]}
            </Badge>
          }
        />
      ))}
    </ListCard>
  );
}

export function TasksDue({ tasks }: { tasks: Dashboard['tasksDue'] }) {
  const more = tasks.total - tasks.items.length;
  return (
    <ListCard
      id="tasks-title"
      title="Tasks due"
      empty="Nothing due this week."
      action={
        <Group gap="xs" wrap="nowrap">
          {tasks.overdue > 0 && (
            <Badge color="red" variant="light">
              {tasks.overdue} overdue
            </Badge>
          )}
          <AnchorLink to="/tasks" size="sm">
            View all
          </AnchorLink>
        </Group>
      }
    >
      {[
        ...tasks.items.map((task) => (
          <Item
            key={task.id}
            applicationId={task.applicationId}
            title={task.title}
            detail={`${task.company} — ${task.position} · due ${formatDateTime(task.dueAt)}`}
            aside={
              task.overdue ? (
                <Badge color="red" variant="light">
                  Overdue
                </Badge>
              ) : undefined
            }
          />
        )),
        ...(more > 0
          ? [
              <Text key="more" component="li" size="xs" c="dimmed">
                and {more} more
              </Text>,
            ]
          : []),
      ]}
    </ListCard>
  );
}
