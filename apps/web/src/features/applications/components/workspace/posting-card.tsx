import { type Application, createApplicationSchema, SALARY_PERIODS } from '@jobpilot/contracts';
import {
  Anchor,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconExternalLink, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { FormError } from '#components/form-error';
import { formatDate, formatSalary } from '#lib/application-format';
import { notifySuccess } from '#lib/notify';
import { useApiForm } from '#lib/use-api-form';
import { useUpdateApplication } from '../../api/use-update-application';
import { toApplicationInput, toFormValues } from '../application-form-values';

const PERIOD_OPTIONS = [
  { value: '', label: '—' },
  ...SALARY_PERIODS.map((value) => ({ value, label: `per ${value}` })),
];

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

function PostingForm({ application, onDone }: { application: Application; onDone: () => void }) {
  const update = useUpdateApplication();
  const { form, onSubmit, saving, formError } = useApiForm({
    initialValues: toFormValues(application),
    schema: createApplicationSchema,
    toInput: toApplicationInput,
    submit: ({ status: _status, notes: _notes, ...posting }) =>
      update.mutateAsync({ id: application.id, input: posting }),
    onSuccess: () => {
      notifySuccess('Saved the posting.');
      onDone();
    },
  });
  const salaryProps = { min: 0, allowNegative: false, allowDecimal: false, thousandSeparator: ',' } as const;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Edit the posting">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Company" required data-autofocus {...form.getInputProps('company')} />
          <TextInput label="Position" required {...form.getInputProps('position')} />
          <TextInput label="Location" placeholder="Remote, Berlin…" {...form.getInputProps('location')} />
          <TextInput label="Source" placeholder="LinkedIn, referral…" {...form.getInputProps('source')} />
          <NumberInput label="Salary from" {...salaryProps} {...form.getInputProps('salaryMin')} />
          <NumberInput label="Salary to" {...salaryProps} {...form.getInputProps('salaryMax')} />
          <TextInput label="Currency" placeholder="USD" maxLength={3} {...form.getInputProps('salaryCurrency')} />
          <NativeSelect label="Salary period" data={PERIOD_OPTIONS} {...form.getInputProps('salaryPeriod')} />
          <TextInput label="Applied on" type="date" {...form.getInputProps('appliedAt')} />
        </SimpleGrid>
        <TextInput label="Job link" type="url" placeholder="https://…" {...form.getInputProps('jobUrl')} />
        <Textarea label="Job description" autosize minRows={4} maxRows={16} {...form.getInputProps('jobDescription')} />
        <FormError message={formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            Save posting
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The job itself: where, how much, from where, when applied, the link and the description; edited in place. */
export function PostingCard({ application }: { application: Application }) {
  const [editing, setEditing] = useState(false);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="posting-title">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title id="posting-title" order={2} size="h4">
          Posting
        </Title>
        {!editing && (
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPencil size={14} />}
            onClick={() => setEditing(true)}
            aria-label="Edit the posting"
          >
            Edit
          </Button>
        )}
      </Group>
      {editing ? (
        <PostingForm application={application} onDone={() => setEditing(false)} />
      ) : (
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
      )}
    </Card>
  );
}
