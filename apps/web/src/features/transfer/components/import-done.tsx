import type { CsvImportResult } from '@jobpilot/contracts';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { ButtonLink } from '#components/links';
import { count } from './labels';

/** After the import: what was written and skipped, and where to go next. */
export function ImportDone({ result, onAgain }: { result: CsvImportResult; onAgain: () => void }) {
  const skipped = [
    result.skippedInvalid > 0 ? `${count(result.skippedInvalid, 'row')} with problems` : null,
    result.skippedDuplicates > 0 ? `${count(result.skippedDuplicates, 'row')} already in JobPilot` : null,
  ].filter(Boolean);
  return (
    <Stack maw={640}>
      <Alert color="green" variant="light" title={`Imported ${count(result.imported, 'application')}`}>
        <Text size="sm">
          {skipped.length > 0 ? `Skipped ${skipped.join(' and ')}.` : 'Every row of the file was imported.'}
        </Text>
      </Alert>
      <Group>
        <ButtonLink to="/applications">Go to applications</ButtonLink>
        <Button variant="default" onClick={onAgain}>
          Import another file
        </Button>
      </Group>
    </Stack>
  );
}
