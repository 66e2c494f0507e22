import type { Interview } from '@jobpilot/contracts';
import { Alert, Button, Center, EmptyState, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { errorMessage } from '#lib/api-client';
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
import { INTERVIEW_VIEWS, type InterviewsSearch, type InterviewView } from './search';

const route = getRouteApi('/authed/interviews');
const VIEW_LABELS: Record<InterviewView, string> = { list: 'List', month: 'Month', week: 'Week' };

/** The instants the current view asks for: the list's chosen dates, or the whole grid of the calendar. */
function rangeOf(view: InterviewView, date: string, from?: string, to?: string) {
  if (view === 'month') {
    const weeks = monthWeeks(date);
    const first = weeks[0]?.[0] ?? date;
    const last = weeks.at(-1)?.[6] ?? date;
    return { from: localMidnight(first), to: localMidnight(last, 1) };
  }
  if (view === 'week') return { from: localMidnight(weekStart(date)), to: localMidnight(weekStart(date), 7) };
  return { from: from ? localMidnight(from) : undefined, to: to ? localMidnight(to, 1) : undefined };
}

export function InterviewsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const view = search.view ?? 'list';
  const date = search.date ?? localDate(new Date());
  const params: InterviewListParams = { type: search.type ?? [], ...rangeOf(view, date, search.from, search.to) };
  const list = useInterviews(params);
  const linked = useInterview(search.id);
  const [editing, setEditing] = useState<InterviewTarget>(null);
  const confirmDelete = useConfirmDeleteInterview();

  const setSearch = (changes: Partial<InterviewsSearch>) =>
    navigate({ search: (previous) => ({ ...previous, ...changes }) });

  /** A notification link `/interviews?id=…` opens that interview. */
  useEffect(() => {
    if (linked.data) setEditing(linked.data);
  }, [linked.data]);
  const close = () => {
    setEditing(null);
    if (search.id) void navigate({ search: (previous) => ({ ...previous, id: undefined }), replace: true });
  };
  const open = (interview: Interview) => setEditing(interview);
  const move = (step: -1 | 1) =>
    setSearch({ date: view === 'month' ? addMonths(date, step) : addDays(date, 7 * step) });
  const items = list.data?.data ?? [];
  const filtered = params.type.length > 0 || Boolean(search.from || search.to);

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
        {view !== 'list' && (
          <CalendarToolbar view={view} date={date} onMove={move} onToday={() => setSearch({ date: undefined })} />
        )}
      </Group>
      <InterviewFilters
        types={params.type}
        onTypesChange={(type) => setSearch({ type: type.length ? type : undefined })}
        range={
          view === 'list'
            ? { from: search.from ?? '', to: search.to ?? '', onChange: (range) => setSearch(range) }
            : undefined
        }
      />
      {list.isPending && (
        <Center py="xl">
          <Loader aria-label="Loading interviews" />
        </Center>
      )}
      {list.isError && (
        <Alert color="red" variant="light" title="Could not load your interviews">
          <Text size="sm">{errorMessage(list.error)}</Text>
          <Button size="xs" variant="light" color="red" mt="sm" onClick={() => list.refetch()}>
            Try again
          </Button>
        </Alert>
      )}
      {view === 'list' && list.data && items.length === 0 && (
        <EmptyState
          title={filtered ? 'No interviews match' : 'No interviews yet'}
          description={filtered ? 'Try other types or dates.' : 'Add one and JobPilot reminds you before it starts.'}
        >
          <Button onClick={() => setEditing({ new: undefined })}>Add an interview</Button>
        </EmptyState>
      )}
      {view === 'list' && items.length > 0 && (
        <InterviewsList interviews={items} onEdit={open} onDelete={confirmDelete} />
      )}
      {view === 'month' && list.data && (
        <MonthCalendar
          date={date}
          interviews={items}
          onOpen={open}
          onAdd={(day) => setEditing({ new: day })}
          onShowWeek={(day) => setSearch({ view: 'week', date: day })}
        />
      )}
      {view === 'week' && list.data && (
        <WeekCalendar date={date} interviews={items} onOpen={open} onAdd={(day) => setEditing({ new: day })} />
      )}
      <CalendarSubscription />
      <InterviewFormModal target={editing} onClose={close} />
    </Stack>
  );
}
