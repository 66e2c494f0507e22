import { INTERVIEWS_LIMIT_MAX, type Interview, type InterviewListOrder } from '@jobpilot/contracts';
import { Button, EmptyState, Group, Pagination, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { QueryState } from '#components/query-state';
import { useResumeDraft } from '#lib/use-resume-draft';
import type { InterviewListParams } from '../api/interview-keys';
import { useInterview } from '../api/use-interview';
import { useInterviews } from '../api/use-interviews';
import { addDays, addMonths, monthWeeks, weekStart } from '../components/calendar-grid';
import { CalendarSubscription } from '../components/calendar-subscription';
import { CalendarToolbar } from '../components/calendar-toolbar';
import { InterviewFilters } from '../components/interview-filters';
import { InterviewFormModal, type InterviewTarget } from '../components/interview-form-modal';
import { InterviewsList } from '../components/interviews-list';
import { MonthCalendar } from '../components/month-calendar';
import { useConfirmDeleteInterview } from '../components/use-confirm-delete-interview';
import { WeekCalendar } from '../components/week-calendar';
import { localDate, localMidnight } from '../components/zoned-time';
import {
  INTERVIEW_VIEWS,
  INTERVIEW_WHENS,
  type InterviewsSearch,
  type InterviewView,
  type InterviewWhen,
  PAGE_SIZE,
} from './search';

const route = getRouteApi('/authed/interviews');
const VIEW_LABELS: Record<InterviewView, string> = { list: 'List', month: 'Month', week: 'Week' };
const WHEN_LABELS: Record<InterviewWhen, string> = { upcoming: 'Upcoming', past: 'Past' };

interface Range {
  from?: string | undefined;
  to?: string | undefined;
  order: InterviewListOrder;
}

/** The whole grid a calendar view shows (local midnights), every interview in it at once. */
function calendarRange(view: 'month' | 'week', date: string): Range {
  if (view === 'month') {
    const weeks = monthWeeks(date);
    const first = weeks[0]?.[0] ?? date;
    const last = weeks.at(-1)?.[6] ?? date;
    return { from: localMidnight(first), to: localMidnight(last, 1), order: 'asc' };
  }
  return { from: localMidnight(weekStart(date)), to: localMidnight(weekStart(date), 7), order: 'asc' };
}

/**
 * What the list asks for: upcoming is from the start of `today` (local) on, soonest first; past is before it,
 * newest first. The chosen From/To dates narrow that, never widen it; null when they leave nothing to show
 * (e.g. a To before today while upcoming), so nothing is fetched.
 */
function listRange(when: InterviewWhen, today: string, from?: string, to?: string): Range | null {
  if (when === 'upcoming') {
    const start = from && from > today ? from : today;
    if (to && to < start) return null;
    return { from: localMidnight(start), to: to ? localMidnight(to, 1) : undefined, order: 'asc' };
  }
  const end = to && to < today ? addDays(to, 1) : today;
  if (from && from >= end) return null;
  return { from: from ? localMidnight(from) : undefined, to: localMidnight(end), order: 'desc' };
}

export function InterviewsPage() {
  useDocumentTitle('Interviews · JobPilot');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const view = search.view ?? 'list';
  const when = search.when ?? 'upcoming';
  const today = localDate(new Date());
  const date = search.date ?? today;
  const types = search.type ?? [];
  const range = view === 'list' ? listRange(when, today, search.from, search.to) : calendarRange(view, date);
  const page = view === 'list' ? (search.page ?? 1) : 1;
  const params: InterviewListParams = {
    type: types,
    from: range?.from,
    to: range?.to,
    order: range?.order ?? 'asc',
    page,
    limit: view === 'list' ? PAGE_SIZE : INTERVIEWS_LIMIT_MAX,
  };
  const list = useInterviews(params, { enabled: range !== null });
  const data = range === null ? undefined : list.data;
  const linked = useInterview(search.id);
  const [editing, setEditing] = useState<InterviewTarget>(null);
  const confirmDelete = useConfirmDeleteInterview();

  /** Any change of view, filter or dates starts the list again at page 1. */
  const setSearch = (changes: Partial<InterviewsSearch>) =>
    navigate({ search: (previous) => ({ ...previous, page: undefined, ...changes }) });

  /**
   * A notification link `/interviews?id=…` opens that interview, once per id: the refetch after a save (while
   * the close is still taking `id` out of the address) must not open it again.
   */
  const linkedId = linked.data?.id;
  const linkedRef = useRef(linked.data);
  linkedRef.current = linked.data;
  useEffect(() => {
    if (linkedId && linkedRef.current) setEditing(linkedRef.current);
  }, [linkedId]);
  const close = () => {
    setEditing(null);
    if (search.id) void navigate({ search: (previous) => ({ ...previous, id: undefined }), replace: true });
  };
  const open = (interview: Interview) => setEditing(interview);
  /** Back after signing in again (the session expired during a save): the form opens with its draft. */
  useResumeDraft('interview', (id) =>
    id === null ? setEditing({ new: undefined }) : void navigate({ search: (previous) => ({ ...previous, id }) }),
  );
  const move = (step: -1 | 1) =>
    setSearch({ date: view === 'month' ? addMonths(date, step) : addDays(date, 7 * step) });
  const items = data?.data ?? [];
  const pagination = view === 'list' ? data?.pagination : undefined;
  const pageIsPastEnd = pagination !== undefined && items.length === 0 && page > 1;
  const lastPage = pagination?.totalPages ?? 1;
  const datesChosen = Boolean(search.from || search.to);
  const filtered = types.length > 0 || datesChosen;
  const listIsEmpty =
    view === 'list' && !pageIsPastEnd && (range === null || (data !== undefined && items.length === 0));
  const otherWhen: InterviewWhen = when === 'past' ? 'upcoming' : 'past';

  /** After deleting the last interview of the last page, show the page before it. */
  useEffect(() => {
    if (!pageIsPastEnd) return;
    void navigate({
      search: (previous) => ({ ...previous, page: lastPage > 1 ? lastPage : undefined }),
      replace: true,
    });
  }, [pageIsPastEnd, lastPage, navigate]);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Interviews</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ new: undefined })}>
          Add interview
        </Button>
      </Group>
      <Group justify="space-between" align="flex-end" gap="sm">
        <SegmentedControl
          aria-label="View"
          value={view}
          onChange={(v) => setSearch({ view: v === 'list' ? undefined : (v as InterviewView) })}
          data={INTERVIEW_VIEWS.map((value) => ({ value, label: VIEW_LABELS[value] }))}
        />
        {view === 'list' ? (
          <SegmentedControl
            aria-label="Upcoming or past"
            value={when}
            onChange={(v) => setSearch({ when: v === 'past' ? 'past' : undefined })}
            data={INTERVIEW_WHENS.map((value) => ({ value, label: WHEN_LABELS[value] }))}
          />
        ) : (
          <CalendarToolbar view={view} date={date} onMove={move} onToday={() => setSearch({ date: undefined })} />
        )}
      </Group>
      <InterviewFilters
        types={types}
        onTypesChange={(type) => setSearch({ type: type.length ? type : undefined })}
        range={
          view === 'list'
            ? { from: search.from ?? '', to: search.to ?? '', onChange: (dates) => setSearch(dates) }
            : undefined
        }
      />
      {listIsEmpty && (
        <EmptyState
          title={filtered ? `No ${when} interviews match` : `No ${when} interviews`}
          description={
            filtered
              ? `Try other types or dates, or look at ${otherWhen} interviews.`
              : when === 'past'
                ? 'Interviews from before today appear here, newest first.'
                : 'Add one and JobPilot reminds you before it starts.'
          }
        >
          <Group justify="center" gap="xs">
            {filtered ? (
              <Button variant="default" onClick={() => setSearch({ type: undefined, from: undefined, to: undefined })}>
                Clear filters
              </Button>
            ) : (
              when === 'upcoming' && <Button onClick={() => setEditing({ new: undefined })}>Add an interview</Button>
            )}
            <Button variant="subtle" onClick={() => setSearch({ when: otherWhen === 'past' ? 'past' : undefined })}>
              Show {otherWhen} interviews
            </Button>
          </Group>
        </EmptyState>
      )}
      {range !== null && (
        <QueryState query={list} loadingLabel="Loading interviews" errorTitle="Could not load your interviews">
          {(found) => (
            <>
              {view === 'list' && found.data.length > 0 && (
                <InterviewsList interviews={found.data} onEdit={open} onDelete={confirmDelete} />
              )}
              {view === 'month' && (
                <MonthCalendar
                  date={date}
                  interviews={found.data}
                  onOpen={open}
                  onAdd={(day) => setEditing({ new: day })}
                  onShowWeek={(day) => setSearch({ view: 'week', date: day })}
                />
              )}
              {view === 'week' && (
                <WeekCalendar
                  date={date}
                  interviews={found.data}
                  onOpen={open}
                  onAdd={(day) => setEditing({ new: day })}
                />
              )}
            </>
          )}
        </QueryState>
      )}
      {pagination && pagination.total > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {pagination.total === 1 ? `1 ${when} interview` : `${pagination.total} ${when} interviews`}
          </Text>
          {pagination.totalPages > 1 && (
            <Pagination
              value={page}
              total={pagination.totalPages}
              onChange={(next) =>
                navigate({ search: (previous) => ({ ...previous, page: next > 1 ? next : undefined }) })
              }
              aria-label="Pages"
            />
          )}
        </Group>
      )}
      <CalendarSubscription />
      <InterviewFormModal target={editing} onClose={close} />
    </Stack>
  );
}
