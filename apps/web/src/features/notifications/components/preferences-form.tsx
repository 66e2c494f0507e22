import {
  FOLLOW_UP_DAYS_MAX,
  FOLLOW_UP_DAYS_MIN,
  type NotificationPreferences,
  updateNotificationPreferencesSchema,
} from '@jobpilot/contracts';
import { Button, Card, Chip, Group, Input, NumberInput, Stack, Switch, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { FormError } from '#components/form-error';
import { useApiForm } from '#lib/use-api-form';

/** Reminder times people pick, in minutes before the interview. */
const OFFSET_CHOICES: [number, string][] = [
  [10080, '1 week'],
  [2880, '2 days'],
  [1440, '1 day'],
  [180, '3 hours'],
  [120, '2 hours'],
  [60, '1 hour'],
  [30, '30 minutes'],
  [15, '15 minutes'],
];

const labelOf = (minutes: number) => OFFSET_CHOICES.find(([m]) => m === minutes)?.[1] ?? `${minutes} minutes`;

interface PreferencesFormProps {
  preferences: NotificationPreferences;
  onSubmit: (values: NotificationPreferences) => Promise<unknown>;
}

/** Channels (in-app, email) and what to be reminded of; the form keeps its values when saving fails. */
export function PreferencesForm({ preferences, onSubmit }: PreferencesFormProps) {
  const {
    form,
    onSubmit: submit,
    saving,
    formError,
  } = useApiForm<NotificationPreferences>({
    initialValues: preferences,
    schema: updateNotificationPreferencesSchema,
    submit: onSubmit,
  });
  const values = form.getValues();
  const offsetChoices = [...new Set([...OFFSET_CHOICES.map(([m]) => m), ...values.interviewReminderOffsets])].sort(
    (a, b) => b - a,
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Card withBorder>
          <Stack gap="sm">
            <Title order={2} size="h4">
              How to reach you
            </Title>
            <Switch
              label="In the app"
              description="Reminders appear under the bell in the header."
              {...form.getInputProps('inApp', { type: 'checkbox' })}
            />
            <Switch
              label="By email"
              description="Sent to your account's address once you have verified it."
              {...form.getInputProps('email', { type: 'checkbox' })}
            />
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="sm">
            <Title order={2} size="h4">
              What to remind you of
            </Title>
            <Switch label="Interviews" {...form.getInputProps('interviewReminders', { type: 'checkbox' })} />
            <Input.Wrapper
              label="Remind me before each interview"
              error={form.errors.interviewReminderOffsets ?? form.errors['interviewReminderOffsets.0']}
              id="reminder-offsets"
            >
              <Chip.Group
                multiple
                value={values.interviewReminderOffsets.map(String)}
                onChange={(v) =>
                  form.setFieldValue(
                    'interviewReminderOffsets',
                    v.map(Number).sort((a, b) => b - a),
                  )
                }
              >
                <Group gap={6} mt={4} role="group" aria-label="Reminder times">
                  {offsetChoices.map((minutes) => (
                    <Chip key={minutes} value={String(minutes)} size="sm" disabled={!values.interviewReminders}>
                      {labelOf(minutes)}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            </Input.Wrapper>
            <Switch
              label="Follow-ups"
              description="A nudge when an application has been in Applied for a while."
              {...form.getInputProps('followUps', { type: 'checkbox' })}
            />
            <NumberInput
              label="Nudge after this many days in Applied"
              min={FOLLOW_UP_DAYS_MIN}
              max={FOLLOW_UP_DAYS_MAX}
              allowDecimal={false}
              allowNegative={false}
              w={280}
              disabled={!values.followUps}
              {...form.getInputProps('followUpDays')}
            />
            <Switch
              label="Tasks"
              description="When a task on an application falls due."
              {...form.getInputProps('taskReminders', { type: 'checkbox' })}
            />
          </Stack>
        </Card>
        {!values.inApp && !values.email && (
          // The warning's colour is on its icon: orange text is below 4.5:1 on white.
          <Group gap={6} wrap="nowrap">
            <IconAlertTriangle size={16} color="var(--mantine-color-orange-filled)" aria-hidden />
            <Text size="sm" fw={500}>
              With both channels off you get no reminders at all.
            </Text>
          </Group>
        )}
        <FormError message={formError} />
        <Group>
          <Button type="submit" loading={saving}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
