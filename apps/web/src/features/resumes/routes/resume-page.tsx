import { ErrorCode, type ResumeDetail } from '@jobpilot/contracts';
import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconArrowLeft } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { DraftFrame } from '#components/draft-frame';
import { AnchorLink } from '#components/links';
import { QueryState } from '#components/query-state';
import { ApiRequestError } from '#lib/api-client';
import { useResume } from '../api/use-resume';
import { ResumeEditor } from '../components/resume-editor';
import { type ResumeFormValues, toFormValues, toResumeInput } from '../components/resume-form-values';
import type { SaveStatus } from '../components/use-autosave';

const route = getRouteApi('/authed/resumes/$resumeId');

function Editor({ resume }: { resume: ResumeDetail }) {
  const [initial, setInitial] = useState(() => toFormValues(resume));
  const [generation, setGeneration] = useState(0);
  const [focus, setFocus] = useState<string | null>(null);
  const lastSaved = useRef(JSON.stringify(toResumeInput(initial)));
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved', at: new Date(resume.updatedAt) });
  useDocumentTitle(`${resume.name} · JobPilot`);

  const reload = useCallback((values: ResumeFormValues, focusId: string | null) => {
    setInitial(values);
    setFocus(focusId);
    setGeneration((g) => g + 1);
  }, []);
  // The form starts again after a sealed save: the button that saved keeps the focus.
  useEffect(() => {
    if (generation > 0 && focus) document.getElementById(focus)?.focus();
  }, [generation, focus]);

  return (
    <Stack gap="md">
      <AnchorLink to="/resumes" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          All résumés
        </Group>
      </AnchorLink>
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        {resume.name}
      </Title>
      <DraftFrame key={generation} draft={{ form: 'resume', recordId: resume.id }}>
        {() => (
          <ResumeEditor
            resume={resume}
            initialValues={initial}
            lastSaved={lastSaved}
            status={status}
            setStatus={setStatus}
            onReload={reload}
          />
        )}
      </DraftFrame>
    </Stack>
  );
}

/** `/resumes/$resumeId` — the editor of one résumé. */
export function ResumePage() {
  const { resumeId } = route.useParams();
  const resume = useResume(resumeId);
  return (
    <QueryState
      query={resume}
      loadingLabel="Loading the résumé"
      errorTitle="Could not load the résumé"
      renderError={(error) =>
        error instanceof ApiRequestError && error.code === ErrorCode.NotFound ? (
          <Stack>
            <Title order={1}>Résumé not found</Title>
            <Alert color="yellow" variant="light">
              <Text size="sm">This résumé does not exist or was deleted.</Text>
              <AnchorLink to="/resumes" size="sm">
                Back to your résumés
              </AnchorLink>
            </Alert>
          </Stack>
        ) : undefined
      }
    >
      {(found) => <Editor key={found.id} resume={found} />}
    </QueryState>
  );
}
