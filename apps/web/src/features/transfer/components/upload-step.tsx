import { CSV_IMPORT_BYTES_MAX, CSV_IMPORT_ROWS_MAX } from '@jobpilot/contracts';
import { Button, FileInput, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { FormError } from '#components/form-error';
import type { ImportSource } from '../api/transfer-request';

interface UploadStepProps {
  /** Reads the source; resolves with an error message to show, or null when it moved on. */
  onContinue: (source: ImportSource) => Promise<string | null>;
}

const MB = CSV_IMPORT_BYTES_MAX / 1024 / 1024;

/** Step 1: choose a CSV file (or paste its text). What the person chose stays when reading it fails. */
export function UploadStep({ onContinue }: UploadStepProps) {
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const source: ImportSource | null = file ? { kind: 'file', file } : text.trim() ? { kind: 'text', text } : null;

  const submit = async () => {
    if (!source) {
      setError('Choose a CSV file or paste its contents.');
      return;
    }
    if (source.kind === 'file' && source.file.size > CSV_IMPORT_BYTES_MAX) {
      setError(`The file is larger than ${MB} MB; split it and import the parts.`);
      return;
    }
    setBusy(true);
    setError(await onContinue(source));
    setBusy(false);
  };

  return (
    <Stack maw={640}>
      <Text size="sm" c="dimmed">
        Bring your applications from Huntr, Teal or your own spreadsheet. Export them there as CSV, then choose the file
        here. Up to {CSV_IMPORT_ROWS_MAX.toLocaleString('en-US')} rows and {MB} MB; nothing is saved until you confirm.
      </Text>
      <FileInput
        label="CSV file"
        placeholder="Choose a .csv file"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
        leftSection={<IconFileTypeCsv size={18} />}
        clearable
        value={file}
        onChange={(chosen) => {
          setFile(chosen);
          setError(null);
        }}
      />
      <Textarea
        label="Or paste the CSV"
        description="The first line names the columns."
        placeholder={'Company,Job Title,Status\nAcme,Frontend Engineer,Applied'}
        autosize
        minRows={4}
        maxRows={12}
        disabled={file !== null}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setError(null);
        }}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <FormError message={error} />
      <Group>
        <Button onClick={submit} loading={busy}>
          Continue
        </Button>
      </Group>
    </Stack>
  );
}
