import { Button, NativeSelect, Popover, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '#lib/api-client';
import { notifySuccess } from '#lib/notify';
import { type ExportFormat, exportResume, type Paper, type ResumeTemplate } from '../api/use-resume-export';
import { FORMAT_OPTIONS } from './output-options';
import { PrintOptionFields } from './print-options';

interface ExportMenuProps {
  resumeId: string;
  template: ResumeTemplate;
  paper: Paper;
  onTemplate: (template: ResumeTemplate) => void;
  onPaper: (paper: Paper) => void;
  /** Saves what is typed and not yet saved, so the file holds it. */
  flush: () => Promise<void>;
}

/** "Export": the format, and for PDF the template and paper, then Download. Template and paper are the preview's. */
export function ExportMenu({ resumeId, template, paper, onTemplate, onPaper, flush }: ExportMenuProps) {
  const [opened, setOpened] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await flush();
      const name = await exportResume(resumeId, { format, template, paper });
      notifySuccess(`Downloaded ${name}.`);
      setOpened(false);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" trapFocus withinPortal shadow="md" width={260}>
      <Popover.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          onClick={() => setOpened((open) => !open)}
        >
          Export
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="sm">
          <NativeSelect
            label="Format"
            data={FORMAT_OPTIONS}
            value={format}
            onChange={(event) => setFormat(event.currentTarget.value as ExportFormat)}
          />
          {format === 'pdf' && (
            <PrintOptionFields template={template} paper={paper} onTemplate={onTemplate} onPaper={onPaper} />
          )}
          {error && (
            <Text size="sm" c="red" role="alert">
              {error}
            </Text>
          )}
          <Button leftSection={<IconDownload size={16} />} onClick={() => void run()} loading={busy}>
            Download
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
