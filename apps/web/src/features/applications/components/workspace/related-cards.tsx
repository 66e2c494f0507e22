import type { WorkspaceContact, WorkspaceInterview } from '@jobpilot/contracts';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { AnchorLink } from '#components/links';
import { SectionCard } from '#components/section-card';
import { formatDateTime } from '#lib/application-format';

const TYPE_LABELS = { phone: 'Phone', online: 'Video', onsite: 'On-site' } as const;

/** This application's interviews, soonest first, each opening on the Interviews page. */
export function InterviewsCard({ interviews }: { interviews: WorkspaceInterview[] }) {
  return (
    <SectionCard
      id="interviews-title"
      title="Interviews"
      action={
        <AnchorLink to="/interviews" size="sm">
          All interviews
        </AnchorLink>
      }
    >
      {interviews.length === 0 ? (
        <Text size="sm" c="dimmed">
          No interviews yet. Schedule one on the Interviews page and pick this application.
        </Text>
      ) : (
        <Stack gap="xs">
          {interviews.map((i) => (
            <Group key={i.id} justify="space-between" wrap="nowrap" gap="xs">
              <AnchorLink to="/interviews" search={{ id: i.id }} size="sm">
                <time dateTime={i.scheduledAt}>{formatDateTime(i.scheduledAt)}</time>
              </AnchorLink>
              <Badge variant="outline">{TYPE_LABELS[i.type]}</Badge>
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}

/** The contacts linked to this application. */
export function ContactsCard({ contacts }: { contacts: WorkspaceContact[] }) {
  return (
    <SectionCard id="contacts-title" title="Contacts">
      {contacts.length === 0 ? (
        <Text size="sm" c="dimmed">
          No contacts linked. Link a recruiter or referrer from the Contacts page.
        </Text>
      ) : (
        <Stack gap="xs">
          {contacts.map((c) => (
            <Stack key={c.id} gap={0}>
              <AnchorLink to="/contacts" search={{ q: c.name }} size="sm" fw={500}>
                {c.name}
              </AnchorLink>
              <Text size="xs" c="dimmed">
                {[c.position, c.company, c.emails[0]].filter(Boolean).join(' · ')}
              </Text>
            </Stack>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}

/** Files are not attached to applications yet (ADR 024): the card says so and points to the résumé. */
export function DocumentsCard() {
  return (
    <SectionCard id="documents-title" title="Documents">
      <Text size="sm" c="dimmed">
        Files can't be attached to an application yet. Your résumé is kept on{' '}
        <AnchorLink to="/profile" size="sm">
          your profile
        </AnchorLink>
        .
      </Text>
    </SectionCard>
  );
}
