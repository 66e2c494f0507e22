import { Button, Drawer, Group, Loader, Text } from '@mantine/core';
import { IconReportAnalytics } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { QueryState } from '#components/query-state';
import { useAtsReport } from '../api/use-ats-report';
import { focusEditorField } from './ats-report';
import { AtsReportView } from './ats-report-view';

/**
 * "ATS check" in the editor's header: a drawer with the saved résumé's ATS report (ADR 039). Every save makes
 * the report stale, so it is fetched again on the next opening. A finding about a field closes the drawer and
 * puts the focus in that field.
 */
export function AtsReportButton({ resumeId }: { resumeId: string }) {
  const [opened, setOpened] = useState(false);
  const report = useAtsReport(resumeId, opened);
  const target = useRef<string | null>(null);

  const goTo = (path: string) => {
    target.current = path;
    setOpened(false);
  };
  const afterClose = () => {
    const path = target.current;
    target.current = null;
    if (path) focusEditorField(path);
  };

  return (
    <>
      <Button variant="default" leftSection={<IconReportAnalytics size={16} />} onClick={() => setOpened(true)}>
        ATS check
      </Button>
      <Drawer
        opened={opened}
        onClose={() => setOpened(false)}
        onExitTransitionEnd={afterClose}
        position="right"
        size="lg"
        title={
          <Group gap="xs">
            <span>ATS check</span>
            {report.isFetching && !report.isPending && <Loader size="xs" aria-label="Updating the report" />}
          </Group>
        }
        closeButtonProps={{ 'aria-label': 'Close the ATS check' }}
      >
        <Text size="sm" c="dimmed" mb="md">
          How an applicant-tracking system reads the résumé as last saved. Choose a finding to go to its field.
        </Text>
        <QueryState query={report} loadingLabel="Checking the résumé" errorTitle="Could not check the résumé" compact>
          {(data) => <AtsReportView report={data} onFindingClick={goTo} />}
        </QueryState>
      </Drawer>
    </>
  );
}
