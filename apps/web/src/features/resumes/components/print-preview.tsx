import { Alert, Drawer, Group, Loader, Stack, Text } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '#lib/api-client';
import { fetchResumeFile, type Paper, type ResumeTemplate } from '../api/use-resume-export';
import { PrintOptionFields } from './print-options';

/** How long the preview waits after a save or a change of template before rendering again. */
const PREVIEW_DELAY_MS = 800;

interface PrintPreviewProps {
  resumeId: string;
  opened: boolean;
  onClose: () => void;
  template: ResumeTemplate;
  paper: Paper;
  onTemplate: (template: ResumeTemplate) => void;
  onPaper: (paper: Paper) => void;
  /** Changes with each save of the résumé (its `updatedAt`): the preview renders again. */
  revision: string;
}

/**
 * The résumé as it will print: the export PDF in an iframe, fetched as a blob (the cookie session signs it in)
 * and fetched again shortly after each save. A side panel that leaves the form usable; full width on a phone.
 */
export function PrintPreview({ opened, onClose, template, paper, onTemplate, onPaper, ...rest }: PrintPreviewProps) {
  const isPhone = useMediaQuery('(max-width: 48em)');
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title="Print preview"
      position="right"
      size={isPhone ? '100%' : 'min(44rem, 50vw)'}
      withOverlay={false}
      lockScroll={false}
      trapFocus={false}
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': 'Close the preview' }}
      shadow="xl"
    >
      <Stack gap="sm">
        <Group gap="sm" grow>
          <PrintOptionFields template={template} paper={paper} onTemplate={onTemplate} onPaper={onPaper} />
        </Group>
        {opened && <PreviewFrame template={template} paper={paper} {...rest} />}
      </Stack>
    </Drawer>
  );
}

function PreviewFrame({
  resumeId,
  template,
  paper,
  revision,
}: Pick<PrintPreviewProps, 'resumeId' | 'template' | 'paper' | 'revision'>) {
  const wanted = JSON.stringify({ template, paper, revision });
  const [request] = useDebouncedValue(wanted, PREVIEW_DELAY_MS);
  const [url, setUrl] = useState<string | null>(null);
  const [updating, setUpdating] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const current = useRef<string | null>(null);

  useEffect(() => {
    const options = JSON.parse(request) as { template: ResumeTemplate; paper: Paper };
    const controller = new AbortController();
    setUpdating(true);
    fetchResumeFile(resumeId, { format: 'pdf', template: options.template, paper: options.paper }, controller.signal)
      .then((file) => {
        const next = URL.createObjectURL(file.blob);
        if (current.current) URL.revokeObjectURL(current.current);
        current.current = next;
        setUrl(next);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (!controller.signal.aborted) setError(errorMessage(failure));
      })
      .finally(() => {
        if (!controller.signal.aborted) setUpdating(false);
      });
    return () => controller.abort();
  }, [resumeId, request]);
  useEffect(
    () => () => {
      if (current.current) URL.revokeObjectURL(current.current);
    },
    [],
  );

  return (
    <Stack gap="xs">
      <Group gap="xs" mih={20} aria-live="polite">
        {updating || wanted !== request ? (
          <>
            <Loader size="xs" />
            <Text size="sm">Updating preview…</Text>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            The preview follows each save.
          </Text>
        )}
      </Group>
      {error && (
        <Alert color="red" title="Could not show the preview">
          {error}
        </Alert>
      )}
      {url && (
        <iframe
          title="Print preview"
          src={url}
          style={{ width: '100%', height: '75vh', border: '1px solid var(--mantine-color-default-border)' }}
        />
      )}
    </Stack>
  );
}
