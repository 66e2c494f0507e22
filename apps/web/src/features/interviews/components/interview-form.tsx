import {
  type CreateInterviewInput,
  INTERVIEW_DURATION_MAX,
  INTERVIEW_DURATION_MIN,
  type Interview,
} from '@jobpilot/contracts';
import {
  Button,
  Grid,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { FormError } from '#components/form-error';
import { useApiForm } from '#lib/use-api-form';
import { useApplicationOptions } from '../api/use-application-options';
import { TYPE_LABELS } from './format';
import { type InterviewFormValues, toFormValues, toInterviewInput, validateInterview } from './interview-form-values';
import { TimeZoneSelect } from './time-zone-select';

interface InterviewFormProps {
  interview: Interview | null;
  /** A day to start a new interview on (from a calendar cell). */
  day?: string | undefined;
  submitLabel: string;
  onSubmit: (input: CreateInterviewInput) => Promise<unknown>;
  onCancel: () => void;
  /** Shown when editing: deletes the interview (after asking). */
  onDelete?: (() => void) | undefined;
}

const TYPE_OPTIONS = (['online', 'onsite', 'phone'] as const).map((value) => ({ value, label: TYPE_LABELS[value] }));

/** Add/edit an interview; the start is entered as date and time in a chosen zone (the browser's by default). */
export function InterviewForm({ interview, day, submitLabel, onSubmit, onCancel, onDelete }: InterviewFormProps) {
  const applications = useApplicationOptions(true);
  const {
    form,
    onSubmit: submit,
    saving,
    formError,
  } = useApiForm<InterviewFormValues, CreateInterviewInput>({
    initialValues: toFormValues(interview, day),
    toInput: toInterviewInput,
    validate: validateInterview,
    submit: onSubmit,
  });
  const type = form.getValues().type;

  const linkApplication = (id: string | null) => {
    form.setFieldValue('applicationId', id ?? '');
    const chosen = applications.data?.find((a) => a.id === id);
    if (!chosen) return;
    form.setFieldValue('company', chosen.company);
    form.setFieldValue('position', chosen.position);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Select
          label="Application"
          description="Optional: links the interview and fills in company and position"
          placeholder={applications.isPending ? 'Loading…' : 'Not linked'}
          data={(applications.data ?? []).map((a) => ({ value: a.id, label: `${a.company} — ${a.position}` }))}
          searchable
          clearable
          nothingFoundMessage="No application matches"
          value={form.getValues().applicationId || null}
          onChange={linkApplication}
          error={form.errors.applicationId}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Company" required data-autofocus {...form.getInputProps('company')} />
          <TextInput label="Position" required {...form.getInputProps('position')} />
        </SimpleGrid>
        <div>
          <Text size="sm" fw={500} mb={4} id="interview-type-label">
            Type
          </Text>
          <SegmentedControl
            aria-labelledby="interview-type-label"
            fullWidth
            data={TYPE_OPTIONS}
            {...form.getInputProps('type')}
          />
        </div>
        <Grid gap="sm">
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <TextInput label="Date" type="date" required {...form.getInputProps('date')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 4 }}>
            <TextInput label="Start time" type="time" required {...form.getInputProps('time')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <NumberInput
              label="Length (minutes)"
              min={INTERVIEW_DURATION_MIN}
              max={INTERVIEW_DURATION_MAX}
              step={15}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              {...form.getInputProps('durationMinutes')}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <TimeZoneSelect
              label="Time zone"
              description="Search by city, e.g. Los Angeles; the offset is the one on the interview's day"
              day={form.getValues().date}
              {...form.getInputProps('timezone')}
            />
          </Grid.Col>
        </Grid>
        {type === 'online' ? (
          <TextInput
            label="Meeting link (optional)"
            description="Add it now or when the invitation arrives"
            type="url"
            placeholder="https://meet.example.com/…"
            {...form.getInputProps('meetingUrl')}
          />
        ) : (
          <TextInput
            label={type === 'onsite' ? 'Location' : 'Phone number or place (optional)'}
            required={type === 'onsite'}
            placeholder={type === 'onsite' ? 'Street, city, room…' : 'They call me on +1 555…'}
            {...form.getInputProps('location')}
          />
        )}
        <Textarea
          label="Details"
          placeholder="Who you meet, what to prepare…"
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('details')}
        />
        <FormError message={formError} />
        <Group justify="space-between">
          {onDelete ? (
            <Button variant="subtle" color="red" onClick={onDelete}>
              Delete
            </Button>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={saving}>
              {submitLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
