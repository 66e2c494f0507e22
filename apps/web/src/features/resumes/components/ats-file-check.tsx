import { Alert, Button, FileButton, Modal, Stack, Text } from '@mantine/core';
import { IconReportSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '#lib/api-client';
import { useCheckAtsFile } from '../api/use-ats-report';
import { AtsReportView } from './ats-report-view';

/** What the file input offers; the server reads the real kind from the content. */
const ACCEPT =
  'application/pdf,.pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.docx,text/plain,.txt';

/**
 * "Check a file" on the résumés page: the ATS report of a file before anything is saved (ADR 039). A scan
 * answers its failing report; a file the server refuses shows the server's sentence.
 */
export function AtsFileCheck({ disabled = false }: { disabled?: boolean }) {
  const check = useCheckAtsFile();
  const [file, setFile] = useState<File | null>(null);

  const choose = (chosen: File | null) => {
    if (!chosen) return;
    setFile(chosen);
    check.mutate(chosen);
  };
  const close = () => {
    setFile(null);
    check.reset();
  };

  return (
    <>
      <FileButton onChange={choose} accept={ACCEPT}>
        {(props) => (
          <Button
            {...props}
            variant="default"
            leftSection={<IconReportSearch size={16} />}
            loading={check.isPending}
            disabled={disabled || check.isPending}
          >
            Check a file
          </Button>
        )}
      </FileButton>
      <Modal
        opened={file !== null && !check.isPending}
        onClose={close}
        size="lg"
        title={`ATS check of ${file?.name ?? 'the file'}`}
        closeButtonProps={{ 'aria-label': 'Close the ATS check' }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            How an applicant-tracking system reads this file. Nothing has been saved.
          </Text>
          {check.error ? (
            <Alert color="red" title="Could not check the file">
              {errorMessage(check.error)}
            </Alert>
          ) : (
            check.data && <AtsReportView report={check.data} />
          )}
          <Button variant="default" onClick={close} style={{ alignSelf: 'flex-end' }}>
            Close
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
