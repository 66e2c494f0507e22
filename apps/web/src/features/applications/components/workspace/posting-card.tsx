import { type Application, createApplicationSchema } from '@jobpilot/contracts';
import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { formatDate, formatSalary } from '#lib/application-format';
import { notifySuccess } from '#lib/notify';
import { useApiForm } from '#lib/use-api-form';
import { useUpdateApplication } from '../../api/use-update-application';
import { ApplicationFields } from '../application-form-fields';
import { toApplicationInput, toFormValues } from '../application-form-values';
import { EditableCard, type EditorActions, EditorForm } from './editable-card';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0} miw={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {children || '—'}
      </Text>
    </Stack>
  );
}

function PostingForm(props: { application: Application } & EditorActions) {
  const { application } = props;
  const update = useUpdateApplication();
  const { form, onSubmit, saving, formError } = useApiForm({
    initialValues: toFormValues(application),
    schema: createApplicationSchema,
    toInput: toApplicationInput,
    submit: ({ status: _status, notes: _notes, ...posting }) =>
      update.mutateAsync({ id: application.id, input: posting }),
    onSuccess: () => {
      notifySuccess('Saved the posting.');
      props.onSaved();
    },
  });
  return (
    <EditorForm
      label="Edit the posting"
      onSubmit={onSubmit}
      onCancel={props.onCancel}
      formError={formError}
      saving={saving}
      saveLabel="Save posting"
    >
      <ApplicationFields form={form} variant="posting" />
    </EditorForm>
  );
}

/** The job itself: where, how much, from where, when applied, the link and the description; edited in place. */
export function PostingCard({ application }: { application: Application }) {
  return (
    <EditableCard
      id="posting-title"
      title="Posting"
      editLabel="Edit the posting"
      draft={{ form: 'application-posting', recordId: application.id }}
      editor={(actions) => <PostingForm application={application} {...actions} />}
      view={
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
            <Fact label="Location">{application.location}</Fact>
            <Fact label="Salary">{formatSalary(application)}</Fact>
            <Fact label="Source">{application.source}</Fact>
            <Fact label="Applied on">{formatDate(application.appliedAt)}</Fact>
            <Fact label="Added on">{formatDate(application.createdAt)}</Fact>
          </SimpleGrid>
          {application.jobUrl && (
            <Anchor
              href={application.jobUrl}
              target="_blank"
              rel="noreferrer"
              size="sm"
              style={{ overflowWrap: 'anywhere' }}
            >
              <Group gap={4} wrap="nowrap" component="span">
                <IconExternalLink size={14} aria-hidden />
                Open the job posting
              </Group>
            </Anchor>
          )}
          <div>
            <Text size="xs" c="dimmed" mb={4}>
              Description
            </Text>
            {application.jobDescription ? (
              <Text
                size="sm"
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                data-testid="job-description"
              >
                {application.jobDescription}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                No description yet — paste it here with Edit, so it stays when the posting goes offline.
              </Text>
            )}
          </div>
        </Stack>
      }
    />
  );
}
