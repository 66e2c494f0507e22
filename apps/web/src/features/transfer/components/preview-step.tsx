import type { CsvImportPreview } from '@jobpilot/contracts';
import { Alert, Button, Checkbox, Group, List, Stack, Text } from '@mantine/core';
import { FormError } from '#components/form-error';
import { count } from './labels';
import { PreviewTable, problemText } from './preview-table';

interface PreviewStepProps {
  preview: CsvImportPreview;
  skipDuplicates: boolean;
  onSkipDuplicates: (skip: boolean) => void;
  importing: boolean;
  error: string | null;
  onBack: () => void;
  onImport: () => void;
}

/** Step 3: every row as it will be imported, its problems, then one button that writes the good rows. */
export function PreviewStep(props: PreviewStepProps) {
  const { preview } = props;
  const n = preview.importableRows;
  const shownAll = preview.rows.length >= preview.totalRows;

  return (
    <Stack>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {count(preview.totalRows, 'row')}:
        </Text>
        <Text size="sm" c="light-dark(var(--mantine-color-teal-9), var(--mantine-color-teal-4))">
          {count(preview.validRows, 'row')} ready
        </Text>
        {preview.invalidRows > 0 && (
          <Text size="sm" c="var(--mantine-color-error)">
            · {count(preview.invalidRows, 'row')} with problems (skipped)
          </Text>
        )}
        {preview.duplicateRows > 0 && (
          <Text size="sm" c="dimmed">
            · {count(preview.duplicateRows, 'row')} already in JobPilot
          </Text>
        )}
      </Group>
      {preview.duplicateRows > 0 && (
        <Checkbox
          label="Skip rows that are already in JobPilot (same company and position)"
          checked={props.skipDuplicates}
          onChange={(event) => props.onSkipDuplicates(event.currentTarget.checked)}
        />
      )}
      <PreviewTable rows={preview.rows} />
      {!shownAll && (
        <Text size="xs" c="dimmed">
          Showing the first {preview.rows.length} rows; every problem is listed below.
        </Text>
      )}
      {preview.errors.length > 0 && (
        <Alert color="red" variant="light" title={`Rows with problems (${preview.invalidRows})`}>
          <Text size="sm" mb="xs">
            These rows are skipped. Fix them in your file and import it again, or change the mapping.
          </Text>
          <List size="sm" spacing={4}>
            {preview.errors.map((e) => (
              <List.Item key={`${e.row}-${e.field}-${e.message}`}>
                Row {e.row} — {problemText(e)}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <FormError message={props.error} />
      <Group>
        <Button variant="default" onClick={props.onBack}>
          Back
        </Button>
        <Button onClick={props.onImport} loading={props.importing} disabled={n === 0}>
          {n === 0 ? 'Nothing to import' : `Import ${count(n, 'application')}`}
        </Button>
      </Group>
    </Stack>
  );
}
