import type { WorkspaceContact, WorkspaceInterview } from '@jobpilot/contracts';
import { Anchor, Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormError } from '#components/form-error';
import { AnchorLink } from '#components/links';
import { SectionCard } from '#components/section-card';
import { errorMessage } from '#lib/api-client';
import { formatDateTime } from '#lib/application-format';
import {
  useApplicationResume,
  useApplicationResumeMutations,
  useResumeChoices,
} from '../../api/use-application-resume';

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

/**
 * The résumé sent with this application (ADR 042): choose one of yours and the version it is now is kept, with a
 * PDF of it to download; choosing another replaces it.
 */
export function DocumentsCard({ applicationId }: { applicationId: string }) {
  const sent = useApplicationResume(applicationId);
  const [choosing, setChoosing] = useState(false);
  const record = sent.data ?? null;
  const picking = choosing || (sent.isSuccess && record === null);
  return (
    <SectionCard id="documents-title" title="Documents">
      {sent.isError ? (
        <FormError message={errorMessage(sent.error)} />
      ) : record && !choosing ? (
        <Stack gap="xs">
          <Text size="sm">
            Sent with the résumé <strong>{record.resumeName}</strong>, version {record.versionNumber}, on{' '}
            <time dateTime={record.attachedAt}>{formatDateTime(record.attachedAt)}</time>.
          </Text>
          <Group gap="sm">
            {record.fileId && (
              <Anchor href={`/api/v1/applications/${applicationId}/resume/file`} size="sm" download>
                Download the PDF that was sent
              </Anchor>
            )}
            <Button variant="subtle" size="compact-sm" onClick={() => setChoosing(true)}>
              Choose another résumé
            </Button>
          </Group>
        </Stack>
      ) : picking ? (
        <ResumeChooser applicationId={applicationId} onDone={() => setChoosing(false)} canCancel={record !== null} />
      ) : null}
    </SectionCard>
  );
}

function ResumeChooser(props: { applicationId: string; onDone: () => void; canCancel: boolean }) {
  const choices = useResumeChoices(true);
  const { attach } = useApplicationResumeMutations(props.applicationId);
  const [resumeId, setResumeId] = useState<string | null>(null);
  const resumes = choices.data ?? [];
  const chosen = resumeId ?? resumes.find((r) => r.isDefault)?.id ?? resumes[0]?.id ?? null;
  if (choices.isSuccess && resumes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Which résumé did you send? <AnchorLink to="/resumes">Create or upload a résumé</AnchorLink> first, then choose
        it here.
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Select
        label="Résumé sent with this application"
        data={resumes.map((r) => ({ value: r.id, label: r.isDefault ? `${r.name} (default)` : r.name }))}
        value={chosen}
        onChange={setResumeId}
        allowDeselect={false}
        disabled={!choices.isSuccess}
      />
      <FormError message={attach.isError ? errorMessage(attach.error) : null} />
      <Group gap="sm">
        <Button
          size="sm"
          loading={attach.isPending}
          disabled={!chosen}
          onClick={() => chosen && attach.mutate({ resumeId: chosen }, { onSuccess: props.onDone })}
        >
          Keep this résumé with the application
        </Button>
        {props.canCancel && (
          <Button size="sm" variant="default" onClick={props.onDone}>
            Cancel
          </Button>
        )}
      </Group>
    </Stack>
  );
}
