import type { ApplicationStatus, CsvImportOptions, CsvImportResult } from '@jobpilot/contracts';
import { Alert, Center, Loader, Stack, Stepper, Text, Title } from '@mantine/core';
import { useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { AnchorLink } from '#components/links';
import { errorMessage } from '#lib/api-client';
import type { ImportSource } from '../api/transfer-request';
import { useImportApplications } from '../api/use-import-applications';
import { importPreviewOptions, type SourceRef, useImportPreview } from '../api/use-import-preview';
import { ImportDone } from '../components/import-done';
import { MappingStep } from '../components/mapping-step';
import { PreviewStep } from '../components/preview-step';
import { UploadStep } from '../components/upload-step';

const FIRST_CHOICES: CsvImportOptions = { statusMap: {}, skipDuplicates: true };
const nameOf = (source: ImportSource) => (source.kind === 'file' ? source.file.name : 'The pasted text');

/**
 * The import wizard: upload → map columns (and status words, date order) → preview with problems →
 * import. Every choice asks the server for a fresh preview; nothing is written before "Import".
 */
export function ImportPage() {
  useDocumentTitle('Import applications · JobPilot');
  const queryClient = useQueryClient();
  const nextId = useRef(0);
  const [step, setStep] = useState(0);
  const [ref, setRef] = useState<SourceRef | null>(null);
  const [choices, setChoices] = useState<CsvImportOptions>(FIRST_CHOICES);
  const [result, setResult] = useState<CsvImportResult | null>(null);
  const preview = useImportPreview(ref, choices);
  const importing = useImportApplications();
  // On a phone the steps keep their numbers but only the current one its name, so they fit on one line.
  const phone = useMediaQuery('(max-width: 36em)');
  const label = (index: number, name: string) => (phone && index !== step ? undefined : name);
  // A step without its visible label (phone width) is named by it, after the number it shows (WCAG 2.5.3).
  const stepName = (index: number, name: string) => (label(index, name) ? undefined : `${index + 1}. ${name}`);

  const read = async (source: ImportSource) => {
    const next = { id: nextId.current++, source };
    try {
      await queryClient.fetchQuery(importPreviewOptions(next, FIRST_CHOICES));
    } catch (error) {
      return errorMessage(error);
    }
    setRef(next);
    setChoices(FIRST_CHOICES);
    setStep(1);
    return null;
  };
  const choose = (change: Partial<CsvImportOptions>) => setChoices((current) => ({ ...current, ...change }));
  const setStatus = (value: string, status: ApplicationStatus) =>
    setChoices((current) => ({ ...current, statusMap: { ...current.statusMap, [value]: status } }));
  const runImport = () => {
    if (!ref) return;
    importing.mutate(
      { source: ref.source, options: choices },
      {
        onSuccess: (done) => {
          setResult(done);
          setStep(3);
        },
      },
    );
  };
  const startOver = () => {
    setRef(null);
    setResult(null);
    importing.reset();
    setStep(0);
  };

  const data = preview.data;
  return (
    <Stack>
      <div>
        <Title order={1}>Import applications</Title>
        <Text size="sm" c="dimmed">
          From a CSV file. <AnchorLink to="/applications">Back to applications</AnchorLink>
        </Text>
      </div>
      <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={step < 3 ? setStep : undefined}>
        <Stepper.Step label={label(0, 'Upload')} aria-label={stepName(0, 'Upload')}>
          <UploadStep onContinue={read} />
        </Stepper.Step>
        <Stepper.Step label={label(1, 'Map columns')} aria-label={stepName(1, 'Map columns')}>
          {data && ref && (
            <MappingStep
              preview={data}
              sourceName={nameOf(ref.source)}
              updating={preview.isFetching}
              onMapping={(mapping) => choose({ mapping })}
              onStatus={setStatus}
              onDateOrder={(dateOrder) => choose({ dateOrder })}
              onBack={startOver}
              onNext={() => setStep(2)}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label={label(2, 'Preview')} aria-label={stepName(2, 'Preview')}>
          {data && (
            <PreviewStep
              preview={data}
              skipDuplicates={choices.skipDuplicates ?? true}
              onSkipDuplicates={(skipDuplicates) => choose({ skipDuplicates })}
              importing={importing.isPending}
              error={importing.isError ? errorMessage(importing.error) : null}
              onBack={() => setStep(1)}
              onImport={runImport}
            />
          )}
        </Stepper.Step>
        <Stepper.Completed>{result && <ImportDone result={result} onAgain={startOver} />}</Stepper.Completed>
      </Stepper>
      {step > 0 && step < 3 && preview.isError && (
        <Alert color="red" variant="light" title="Could not read the file with these choices">
          {errorMessage(preview.error)}
        </Alert>
      )}
      {step > 0 && step < 3 && !data && preview.isPending && (
        <Center py="xl">
          <Loader aria-label="Reading the file" />
        </Center>
      )}
    </Stack>
  );
}
