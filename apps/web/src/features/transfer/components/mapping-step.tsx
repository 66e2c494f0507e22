import type { ApplicationStatus, CsvImportDateOrder, CsvImportField, CsvImportPreview } from '@jobpilot/contracts';
import { Alert, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { ColumnMapping } from './column-mapping';
import { count, delimiterName, listOf } from './labels';
import { StatusValues } from './status-values';

interface MappingStepProps {
  preview: CsvImportPreview;
  sourceName: string;
  updating: boolean;
  onMapping: (mapping: (CsvImportField | null)[]) => void;
  onStatus: (value: string, status: ApplicationStatus) => void;
  onDateOrder: (order: CsvImportDateOrder) => void;
  onBack: () => void;
  onNext: () => void;
}

const DATE_ORDER_OPTIONS = [
  { value: 'mdy', label: 'Month first — 04/03/2026 is April 3 (US)' },
  { value: 'dmy', label: 'Day first — 04/03/2026 is 4 March' },
];

/** Step 2: which column fills which field, what the status words mean, and how slashed dates read. */
export function MappingStep(props: MappingStepProps) {
  const { preview } = props;
  const statusMapped = preview.mapping.includes('status');
  const unknownStatuses = preview.statusValues.filter((s) => s.status === null).length;

  return (
    <Stack>
      <Text size="sm">
        {props.sourceName}: {count(preview.headers.length, 'column')} and {count(preview.totalRows, 'row')},{' '}
        {delimiterName(preview.delimiter)}-separated. We matched the columns we recognised; check them and pick a field
        for any column you want to keep.
      </Text>
      {preview.missingFields.length > 0 && (
        <Alert color="orange" variant="light" title="Some fields have no column">
          Choose the column that holds: {listOf(preview.missingFields)}.
        </Alert>
      )}
      <ColumnMapping preview={preview} onChange={props.onMapping} />
      {statusMapped && preview.statusValues.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            Status values
          </Title>
          <Text size="sm" c="dimmed">
            {unknownStatuses > 0
              ? `Tell us what ${unknownStatuses === 1 ? 'this word means' : 'these words mean'}; rows with an unknown status are skipped.`
              : 'Each status in your file and the JobPilot status it becomes.'}
          </Text>
          <StatusValues values={preview.statusValues} onChange={props.onStatus} />
        </Stack>
      )}
      {preview.dateOrderAmbiguous && (
        <NativeSelect
          label="Dates like 04/03/2026 are"
          description="Nothing in the file tells which comes first."
          data={DATE_ORDER_OPTIONS}
          value={preview.dateOrder}
          onChange={(event) => props.onDateOrder(event.currentTarget.value === 'dmy' ? 'dmy' : 'mdy')}
          maw={420}
        />
      )}
      <Group>
        <Button variant="default" onClick={props.onBack}>
          Back
        </Button>
        <Button onClick={props.onNext} disabled={preview.missingFields.length > 0} loading={props.updating}>
          Continue to preview
        </Button>
      </Group>
    </Stack>
  );
}
