import { Button, EmptyState, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconFileUpload, IconPlus, IconUserCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { QueryState } from '#components/query-state';
import { notifyError } from '#lib/notify';
import { type ParseSource, useParseResume } from '../api/use-parse-resume';
import { useResumes } from '../api/use-resumes';
import { AtsFileCheck } from '../components/ats-file-check';
import { NewResumeModal } from '../components/new-resume-modal';
import { ResumesTable } from '../components/resumes-table';
import { type Review, ReviewModal } from '../components/review-modal';

/** What the file input offers; the server reads the real kind from the content. */
const ACCEPT =
  'application/pdf,.pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.docx,text/plain,.txt';

const baseName = (filename: string) => filename.replace(/\.[^.]+$/, '').trim() || 'Uploaded résumé';

/** `/resumes` — the résumés: a blank one, one parsed from a file or from the profile's résumé; copy, default, delete. */
export function ResumesPage() {
  useDocumentTitle('Résumés · JobPilot');
  const list = useResumes();
  const parse = useParseResume();
  const [creating, setCreating] = useState(false);
  const [review, setReview] = useState<Review | null>(null);
  const [parsing, setParsing] = useState<'file' | 'profile' | null>(null);

  const start = (source: ParseSource, from: string, fallbackName: string) => {
    setParsing('file' in source ? 'file' : 'profile');
    parse.mutate(source, {
      onSuccess: (parsed) =>
        setReview({
          parsed,
          source: from,
          suggestedName: parsed.document.basics?.name ? `${parsed.document.basics.name} — résumé` : fallbackName,
        }),
      onError: (error) => notifyError(error, 'Could not read the résumé'),
      onSettled: () => setParsing(null),
    });
  };
  const upload = (file: File | null) => file && start({ file }, file.name, baseName(file.name));
  const fromProfile = () => start({ from: 'profile' }, 'your profile résumé', 'Profile résumé');

  const actions = (
    <>
      <FileButton onChange={upload} accept={ACCEPT}>
        {(props) => (
          <Button
            {...props}
            variant="default"
            leftSection={<IconFileUpload size={16} />}
            loading={parsing === 'file'}
            disabled={parsing !== null}
          >
            Upload and parse
          </Button>
        )}
      </FileButton>
      <Button
        variant="default"
        leftSection={<IconUserCircle size={16} />}
        onClick={fromProfile}
        loading={parsing === 'profile'}
        disabled={parsing !== null}
      >
        From my profile résumé
      </Button>
      <AtsFileCheck disabled={parsing !== null} />
    </>
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Résumés</Title>
        <Group gap="xs">
          {actions}
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            New résumé
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" maw={640}>
        Keep a résumé per role family. Upload the one you have (PDF, Word or text, up to 10 MB): JobPilot reads it into
        sections you can edit, and keeps a version each time you save.
      </Text>
      <QueryState
        query={list}
        loadingLabel="Loading résumés"
        errorTitle="Could not load your résumés"
        isEmpty={(resumes) => resumes.length === 0}
        empty={
          <EmptyState
            title="No résumés yet"
            description="Upload the résumé you have and check what JobPilot read, or start from a blank one."
          >
            <Group justify="center">{actions}</Group>
          </EmptyState>
        }
      >
        {(resumes) => <ResumesTable resumes={resumes} />}
      </QueryState>
      <NewResumeModal opened={creating} onClose={() => setCreating(false)} />
      <ReviewModal review={review} onClose={() => setReview(null)} />
    </Stack>
  );
}
