import { CONTACT_IMPORT_MAX_BYTES, type ImportResult } from '@jobpilot/contracts';
import { Alert, Button, FileInput, Group, Modal, ScrollArea, Stack, Stepper, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '#lib/api-client';
import { notifySuccess } from '#lib/notify';
import { useImportContacts } from '../api/use-import-contacts';
import { ImportPreview } from './import-preview';

const ACCEPT = '.vcf,.vcard,.csv,text/vcard,text/x-vcard,text/csv';
const plural = (n: number) => (n === 1 ? '1 contact' : `${n} contacts`);

/** Import in three steps: choose a vCard or CSV file, look at what it holds, then save the new contacts. */
export function ImportWizard({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const isPhone = useMediaQuery('(max-width: 36em)');
  const run = useImportContacts();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<ImportResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const step = done ? 2 : preview ? 1 : 0;

  const close = () => {
    setFile(null);
    setPreview(null);
    setDone(null);
    setProblem(null);
    run.reset();
    onClose();
  };

  const start = () => {
    if (!file) return setProblem('Choose a .vcf or .csv file first.');
    if (file.size > CONTACT_IMPORT_MAX_BYTES) return setProblem(`${file.name} is larger than 10 MB.`);
    setProblem(null);
    run.mutate({ file, mode: 'preview' }, { onSuccess: setPreview, onError: (e) => setProblem(errorMessage(e)) });
  };

  const commit = () => {
    if (!file) return;
    run.mutate(
      { file, mode: 'commit' },
      {
        onSuccess: (result) => {
          setDone(result);
          notifySuccess(`Imported ${plural(result.counts.created)}.`);
        },
        onError: (e) => setProblem(errorMessage(e)),
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title="Import contacts"
      size="xl"
      fullScreen={isPhone}
      closeOnClickOutside={false}
      scrollAreaComponent={ScrollArea.Autosize}
    >
      <Stack>
        <Stepper active={step} size="sm" allowNextStepsSelect={false}>
          <Stepper.Step label="Choose a file">
            <Stack>
              <Text size="sm">
                A vCard (.vcf) exported from an iPhone, Android, Gmail, Outlook or macOS Contacts, or a CSV from Google
                Contacts, Outlook or LinkedIn. Nothing is saved until you confirm.
              </Text>
              <FileInput
                label="Contacts file"
                placeholder="Choose a .vcf or .csv file"
                accept={ACCEPT}
                leftSection={<IconFileImport size={16} />}
                value={file}
                onChange={(chosen) => {
                  setFile(chosen);
                  setProblem(null);
                }}
                clearable
              />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label="Check">
            {preview && (
              <Stack>
                <Text size="sm">
                  {file?.name} holds {plural(preview.counts.total)}. Duplicates and contacts that cannot be read are
                  left out.
                </Text>
                <ImportPreview result={preview} />
              </Stack>
            )}
          </Stepper.Step>
          <Stepper.Completed>
            {done && (
              <Stack>
                <Text fw={600}>Imported {plural(done.counts.created)}.</Text>
                <ImportPreview result={done} />
              </Stack>
            )}
          </Stepper.Completed>
        </Stepper>
        {problem && (
          <Alert color="red" variant="light" title="The file could not be imported">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          {step === 0 && (
            <>
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button onClick={start} loading={run.isPending}>
                Preview
              </Button>
            </>
          )}
          {step === 1 && preview && (
            <>
              <Button variant="default" onClick={() => setPreview(null)} disabled={run.isPending}>
                Back
              </Button>
              <Button onClick={commit} loading={run.isPending} disabled={preview.counts.new === 0}>
                {preview.counts.new === 0 ? 'Nothing new to import' : `Import ${plural(preview.counts.new)}`}
              </Button>
            </>
          )}
          {step === 2 && <Button onClick={close}>Done</Button>}
        </Group>
      </Stack>
    </Modal>
  );
}
