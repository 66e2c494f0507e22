import type { Application } from '@jobpilot/contracts';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback, useDocumentTitle } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { QueryState } from '#components/query-state';
import { useBoardApplications } from '../api/use-board-applications';
import { ApplicationFormModal } from '../components/application-form-modal';
import { ApplicationBoard } from '../components/board/application-board';
import { HistoryModal } from '../components/history-modal';
import { useResumeApplicationForm } from '../components/use-resume-application-form';
import { ViewSwitch } from '../components/view-switch';

const route = getRouteApi('/authed/applications/board');
const SEARCH_DELAY_MS = 300;

/** The Board view of the Applications page: one column per status, cards moved by drag and drop. */
export function BoardPage() {
  useDocumentTitle('Board · JobPilot');
  const { q = '' } = route.useSearch();
  const navigate = route.useNavigate();
  const [text, setText] = useState(q);
  const search = useDebouncedCallback(
    (value: string) => navigate({ search: { q: value.trim() || undefined }, replace: true }),
    SEARCH_DELAY_MS,
  );
  const board = useBoardApplications(q);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Application | null>(null);
  const go = useNavigate();
  const open = (application: Application) =>
    void go({ to: '/applications/$applicationId', params: { applicationId: application.id } });
  const [historyOf, setHistoryOf] = useState<Application | null>(null);
  useResumeApplicationForm((target) => (target === 'new' ? setAdding(true) : setEditing(target)));

  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="md">
          <Title order={1}>Applications</Title>
          <ViewSwitch value="board" />
        </Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
          Add application
        </Button>
      </Group>
      <TextInput
        aria-label="Search applications"
        placeholder="Search company or position"
        leftSection={<IconSearch size={16} />}
        type="search"
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          search(event.currentTarget.value);
        }}
        maw={420}
      />
      <Text size="sm" c="dimmed">
        Drag a card to another column to change its status, or onto another card to put it there — or focus it, press
        space, move with ← →, and press space again; Alt+↑ / Alt+↓ move it within its column.
      </Text>
      <QueryState
        query={{ ...board, data: board.error ? undefined : board.columns }}
        loadingLabel="Loading the board"
        errorTitle="Could not load your applications"
      >
        {(columns) => (
          <>
            {columns.every((c) => c.total === 0) && (
              <Text size="sm" fw={500}>
                {q ? 'No applications match your search.' : 'No applications yet — add your first one to see it here.'}
              </Text>
            )}
            <ApplicationBoard columns={columns} onHistory={setHistoryOf} onEdit={setEditing} onOpen={open} />
          </>
        )}
      </QueryState>
      <ApplicationFormModal
        target={adding ? 'new' : editing}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
      />
      <HistoryModal application={historyOf} onClose={() => setHistoryOf(null)} />
    </Stack>
  );
}
