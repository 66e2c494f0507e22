import { type ApplicationStatus, applicationStatusSchema, type CsvImportStatusValue } from '@jobpilot/contracts';
import { Group, NativeSelect, Stack, Text } from '@mantine/core';
import { count, STATUS_OPTIONS } from './labels';

interface StatusValuesProps {
  values: CsvImportStatusValue[];
  onChange: (value: string, status: ApplicationStatus) => void;
}

/** Each status word of the file and the JobPilot status it becomes; unknown words ask for a choice. */
export function StatusValues({ values, onChange }: StatusValuesProps) {
  return (
    <Stack gap="xs">
      {values.map((entry) => (
        <Group key={entry.value} justify="space-between" wrap="nowrap" gap="sm" maw={520}>
          <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            <Text span fw={600}>
              {entry.value}
            </Text>{' '}
            <Text span c="dimmed" size="xs">
              {count(entry.count, 'row')}
            </Text>
          </Text>
          <NativeSelect
            aria-label={`Status for ${entry.value}`}
            size="xs"
            w={170}
            style={{ flexShrink: 0 }}
            data={STATUS_OPTIONS}
            value={entry.status ?? ''}
            error={entry.status ? undefined : true}
            onChange={(event) => {
              const status = applicationStatusSchema.safeParse(event.currentTarget.value);
              if (status.success) onChange(entry.value, status.data);
            }}
          />
        </Group>
      ))}
    </Stack>
  );
}
