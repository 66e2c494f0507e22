import type { Application, StatusChange } from '@jobpilot/contracts';
import { Text, Timeline } from '@mantine/core';
import { SectionCard } from '#components/section-card';
import { formatDateTime, STATUS_LABELS } from '#lib/application-format';
import { StatusSelect } from '../status-select';

/** The status, changed with the select, and every status it has had as a timeline (newest at the bottom). */
export function StatusCard({ application, history }: { application: Application; history: StatusChange[] }) {
  return (
    <SectionCard id="status-title" title="Status" action={<StatusSelect application={application} />}>
      <Timeline active={history.length - 1} bulletSize={14} lineWidth={2} aria-label="Status history">
        {history.map((h) => (
          <Timeline.Item key={h.id} title={STATUS_LABELS[h.toStatus]}>
            <Text size="xs" c="dimmed">
              {h.fromStatus ? `from ${STATUS_LABELS[h.fromStatus]} · ` : 'added · '}
              <time dateTime={h.changedAt}>{formatDateTime(h.changedAt)}</time>
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </SectionCard>
  );
}
