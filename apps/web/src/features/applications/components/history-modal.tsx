import type { Application, StatusChange } from '@jobpilot/contracts';
import { Modal, Text, Timeline } from '@mantine/core';
import { QueryState } from '#components/query-state';
import { applicationTitle, formatDateTime, STATUS_COLORS, STATUS_LABELS } from '#lib/application-format';
import { useApplicationHistory } from '../api/use-application-history';

function changeTitle(change: StatusChange): string {
  const to = STATUS_LABELS[change.toStatus];
  return change.fromStatus ? `${STATUS_LABELS[change.fromStatus]} → ${to}` : `Added as ${to}`;
}

function HistoryTimeline({ changes }: { changes: StatusChange[] }) {
  return (
    <Timeline active={changes.length - 1} bulletSize={18} lineWidth={2} aria-label="Status history">
      {changes.map((change) => (
        <Timeline.Item key={change.id} title={changeTitle(change)} color={STATUS_COLORS[change.toStatus]}>
          <Text size="sm" c="dimmed">
            <time dateTime={change.changedAt}>{formatDateTime(change.changedAt)}</time>
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** Every status an application has had, oldest first. */
export function HistoryModal({ application, onClose }: { application: Application | null; onClose: () => void }) {
  const history = useApplicationHistory(application?.id ?? null);
  return (
    <Modal
      opened={application !== null}
      onClose={onClose}
      title={application ? `History of ${applicationTitle(application)}` : 'History'}
    >
      <QueryState query={history} compact loadingLabel="Loading the history" errorTitle="Could not load the history">
        {(changes) => <HistoryTimeline changes={changes} />}
      </QueryState>
    </Modal>
  );
}
