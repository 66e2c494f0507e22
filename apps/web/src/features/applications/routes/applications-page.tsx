import type { Application } from '@jobpilot/contracts';
import { Button, EmptyState, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { Suspense, useEffect, useState } from 'react';
import { QueryState } from '#components/query-state';
import { useApplications } from '../api/use-applications';
import { ApplicationFilters } from '../components/application-filters';
import { ApplicationFormModal } from '../components/application-form-modal';
import { ApplicationsTable } from '../components/applications-table';
import { HistoryModal } from '../components/history-modal';
import { SavedViewsMenu } from '../components/saved-views-menu';
import { TagsModal } from '../components/tags-modal';
import { useConfirmDelete } from '../components/use-confirm-delete';
import { useResumeApplicationForm } from '../components/use-resume-application-form';
import { ViewSwitch } from '../components/view-switch';
import { type ApplicationsSearch, cleanSearch, DRAWER_FILTERS, listParamsOf } from './search';

const route = getRouteApi('/authed/applications');

/** The header also shows what the app puts in its `applicationsHeaderActions` slot (the import/export menu). */
export function ApplicationsPage() {
  useDocumentTitle('Applications · JobPilot');
  const HeaderActions = route.useRouteContext({ select: (context) => context.slots.applicationsHeaderActions });
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const params = listParamsOf(search);
  const list = useApplications(params);
  const [editing, setEditing] = useState<Application | 'new' | null>(null);
  const [historyOf, setHistoryOf] = useState<Application | null>(null);
  // By id, so the modal shows the list's fresh copy (with its new tags) after each change.
  const [tagsOfId, setTagsOfId] = useState<string | null>(null);
  const tagsOf = list.data?.data.find((a) => a.id === tagsOfId) ?? null;
  const confirmDelete = useConfirmDelete();
  useResumeApplicationForm(setEditing);

  /** Any change of filter, search or sort starts again at page 1. */
  const setSearch = (changes: ApplicationsSearch) =>
    navigate({ search: (previous) => cleanSearch({ ...previous, page: undefined, ...changes }) });

  const filtered =
    params.status.length > 0 || params.q !== '' || DRAWER_FILTERS.some((key) => cleanSearch(search)[key] !== undefined);
  const clearAll = Object.fromEntries(['status', 'q', ...DRAWER_FILTERS].map((key) => [key, undefined]));
  const pagination = list.data?.pagination;
  const pageIsPastEnd = pagination !== undefined && list.data?.data.length === 0 && params.page > 1;
  const lastPage = pagination?.totalPages ?? 1;

  /** After deleting the last row of the last page, show the page before it. */
  useEffect(() => {
    if (!pageIsPastEnd) return;
    void navigate({ search: (previous) => cleanSearch({ ...previous, page: lastPage }), replace: true });
  }, [pageIsPastEnd, lastPage, navigate]);

  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="md">
          <Title order={1}>Applications</Title>
          <ViewSwitch value="table" />
        </Group>
        <Group gap="xs">
          {HeaderActions && (
            <Suspense fallback={null}>
              <HeaderActions />
            </Suspense>
          )}
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            Add application
          </Button>
        </Group>
      </Group>
      <ApplicationFilters
        search={search}
        onChange={setSearch}
        actions={
          <SavedViewsMenu
            search={search}
            onApply={(view) => navigate({ search: cleanSearch(view.search as ApplicationsSearch) })}
          />
        }
      />
      <QueryState
        query={list}
        loadingLabel="Loading applications"
        errorTitle="Could not load your applications"
        isEmpty={(found) => found.data.length === 0}
        empty={
          pageIsPastEnd ? null : filtered ? (
            <EmptyState title="No applications match" description="Try other filters or search words.">
              <Button variant="default" onClick={() => setSearch(clearAll)}>
                Clear filters
              </Button>
            </EmptyState>
          ) : (
            <EmptyState
              title="No applications yet — add your first one"
              description="Everything you apply for, in one list."
            >
              <Button onClick={() => setEditing('new')}>Add your first application</Button>
            </EmptyState>
          )
        }
      >
        {(found) => (
          <ApplicationsTable
            applications={found.data}
            sort={params.sort ?? ''}
            onSort={(sort) => setSearch({ sort })}
            onEdit={setEditing}
            onHistory={setHistoryOf}
            onTags={(application) => setTagsOfId(application.id)}
            onDelete={confirmDelete}
          />
        )}
      </QueryState>
      {pagination && pagination.total > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {pagination.total === 1 ? '1 application' : `${pagination.total} applications`}
          </Text>
          {pagination.totalPages > 1 && (
            <Pagination
              value={params.page}
              total={pagination.totalPages}
              onChange={(page) => navigate({ search: (previous) => cleanSearch({ ...previous, page }) })}
              aria-label="Pages"
            />
          )}
        </Group>
      )}
      <ApplicationFormModal target={editing} onClose={() => setEditing(null)} />
      <HistoryModal application={historyOf} onClose={() => setHistoryOf(null)} />
      <TagsModal application={tagsOf} onClose={() => setTagsOfId(null)} />
    </Stack>
  );
}
