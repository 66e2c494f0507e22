import { Button, EmptyState, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconFileImport, IconFileUpload, IconPlus, IconUserCircle } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { QueryState } from '#components/query-state';
import { notifyError } from '#lib/notify';
import { useImportResume } from '../api/use-import-resume';
import { type ParseSource, useParseResume } from '../api/use-parse-resume';
import { useResumes } from '../api/use-resumes';
import { AtsFileCheck } from '../components/ats-file-check';
import { NewResumeModal } from '../components/new-resume-modal';
import { ResumesTable } from '../components/resumes-table';
import { type Review, ReviewModal } from '../components/review-modal';

/** What the file input offers; the server reads the real kind from the content. */
const ACCEPT =
  'application/pdf,.pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.docx,text/plain,.txt';

/** JSON Resume (`.json`) or the ZIP of a LinkedIn data export; the server reads the kind from the content. */
const IMPORT_ACCEPT = 'application/json,.json,application/zip,.zip';

const baseName = (filename: string) => filename.replace(/\.[^.]+$/, '').trim() || 'Uploaded résumé';

/** `/resumes` — the résumés: a blank one, one parsed from a file or from the profile's résumé; copy, default, delete. */
export function ResumesPage() {
  useDocumentTitle('Résumés · JobPilot');
  const list = useResumes();
  const parse = useParseResume();
  const [creating, setCreating] = useState(false);
  const [review, setReview] = useState<Review | null>(null);
  const [parsing, setParsing] = useState<'file' | 'profile' | null>(null);
  const importer = useImportResume();
  const navigate = useNavigate();
  const importFile = (file: File | null) =>
    file &&
    importer.mutate(file, {
      onSuccess: (resume) => void navigate({ to: '/resumes/$resumeId', params: { resumeId: resume.id } }),
      onError: (error) => notifyError(error, 'Could not import the file'),
    });

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
      <FileButton onChange={importFile} accept={IMPORT_ACCEPT}>
        {(props) => (
          <Button
            {...props}
            variant="default"
            leftSection={<IconFileImport size={16} />}
            loading={importer.isPending}
            disabled={parsing !== null}
          >
            Import JSON Resume or LinkedIn export
          </Button>
        )}
      </FileButton>
    </>
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Résumés</Title>
        <Group gap="xs" wrap="wrap">
          {actions}
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            New résumé
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" maw={640}>
        Keep a résumé per role family. Upload the one you have (PDF, Word or text, up to 10 MB): JobPilot reads it into
        sections you can edit, and keeps a version each time you save. A JSON Resume file or the ZIP of a LinkedIn data
        export is imported as it is.
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
