import { ErrorCode } from '@jobpilot/contracts';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconDownload } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { QueryState } from '#components/query-state';
import { ApiRequestError } from '#lib/api-client';
import { sharedResumePdfUrl, useSharedResume } from '../api/use-shared-resume';
import { resumeHeader } from '../components/resume-sections';
import { SharedResumeView } from '../components/shared-resume-view';

const route = getRouteApi('/r/$token');

export const GONE_SENTENCE = 'This link no longer works — ask the person who sent it for a new one.';

function LinkGone() {
  return (
    <Stack maw={560} mx="auto" py="xl" gap="sm">
      <Title order={1} size="h2">
        This shared résumé is not available
      </Title>
      <Text>{GONE_SENTENCE}</Text>
    </Stack>
  );
}

/** `/r/:token` — a résumé someone shared by link, for anyone holding it, signed in or not (ADR 041). */
export function SharedResumePage() {
  const { token } = route.useParams();
  const shared = useSharedResume(token);
  const gone = shared.error instanceof ApiRequestError && shared.error.code === ErrorCode.NotFound;
  // The person's name from the document (the résumé's own name, e.g. "Backend résumé", only when it has none).
  const person = shared.data ? resumeHeader(shared.data.document, shared.data.name).name : null;
  useDocumentTitle(person ? `${person} — résumé · JobPilot` : 'Shared résumé · JobPilot');
  return (
    <QueryState
      query={shared}
      loadingLabel="Loading the shared résumé"
      errorTitle="Could not load this résumé"
      renderError={() => (gone ? <LinkGone /> : undefined)}
    >
      {(data) => (
        <Stack gap="md" py="sm">
          <Group justify="flex-end" maw="52rem" w="100%" mx="auto" className="shared-resume-actions">
            <Button
              component="a"
              href={sharedResumePdfUrl(token)}
              target="_blank"
              rel="noopener"
              variant="light"
              leftSection={<IconDownload size={16} aria-hidden />}
            >
              Download PDF
            </Button>
          </Group>
          <SharedResumeView name={data.name} document={data.document} template={data.template} />
        </Stack>
      )}
    </QueryState>
  );
}
