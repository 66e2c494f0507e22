import { type MyProfile, RESUME_MAX_BYTES } from '@jobpilot/contracts';
import { Alert, Button, Card, FileButton, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFileText, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '#lib/api-client';
import { notifySuccess } from '#lib/notify';
import { useDeleteResume, useUploadResume } from '../api/use-resume';
import { formatBytes, formatDay } from './format';

const ACCEPT = '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ALLOWED = /\.(pdf|docx)$/i;

/** Why a chosen file cannot be a résumé, before it is sent (the server checks the content again). */
function problemWith(file: File): string | null {
  if (file.size > RESUME_MAX_BYTES) {
    return `${file.name} is ${formatBytes(file.size)}; a résumé can be at most ${formatBytes(RESUME_MAX_BYTES)}.`;
  }
  if (!ALLOWED.test(file.name)) return `${file.name} is not a PDF or Word (.docx) file.`;
  return null;
}

/** The résumé on the profile: upload (with progress), replace, download, remove. */
export function ResumeCard({ profile }: { profile: MyProfile }) {
  const upload = useUploadResume();
  const remove = useDeleteResume();
  const [problem, setProblem] = useState<string | null>(null);
  const resume = profile.resume;

  const choose = (file: File | null) => {
    if (!file) return;
    const local = problemWith(file);
    setProblem(local);
    if (local) return;
    upload.mutate(file, {
      onSuccess: () => notifySuccess(`Uploaded ${file.name}.`),
      onError: (error) => setProblem(errorMessage(error)),
    });
  };

  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Résumé
        </Title>
        {resume ? (
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconFileText size={28} stroke={1.5} style={{ flexShrink: 0 }} />
            <div style={{ minWidth: 0 }}>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {resume.filename}
              </Text>
              <Text size="sm" c="dimmed">
                {formatBytes(resume.sizeBytes)} · uploaded {formatDay(resume.uploadedAt)}
              </Text>
            </div>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            No résumé yet. Upload a PDF or Word (.docx) file of up to {formatBytes(RESUME_MAX_BYTES)}.
          </Text>
        )}
        {upload.isPending && <Progress value={upload.progress} animated aria-label="Upload progress" />}
        {problem && (
          <Alert color="red" variant="light" title="The résumé was not uploaded">
            {problem}
          </Alert>
        )}
        <Group gap="xs">
          <FileButton onChange={choose} accept={ACCEPT}>
            {(props) => (
              <Button {...props} leftSection={<IconUpload size={16} />} loading={upload.isPending}>
                {resume ? 'Replace résumé' : 'Upload résumé'}
              </Button>
            )}
          </FileButton>
          {resume && (
            <>
              <Button
                component="a"
                href={resume.downloadUrl}
                download={resume.filename}
                variant="default"
                leftSection={<IconDownload size={16} />}
              >
                Download
              </Button>
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} />}
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(undefined, {
                    onSuccess: () => notifySuccess('Removed your résumé.'),
                    onError: (error) => setProblem(errorMessage(error)),
                  })
                }
              >
                Remove
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
