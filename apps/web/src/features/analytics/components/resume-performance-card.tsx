import type { ResumePerformance } from '@jobpilot/contracts';
import { Table, Text } from '@mantine/core';
import { ChartCard } from './chart-card';

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)} %`);

/** Per résumé, then per version: applications sent with it and how many got an answer or an interview. */
export function ResumePerformanceCard({ rows }: { rows: ResumePerformance[] }) {
  return (
    <ChartCard
      id="resume-performance-title"
      title="Which résumé works"
      summary="Applications you recorded a résumé for (in an application's Documents), by résumé and version. A response is an interview, offer or rejection."
    >
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No application has a résumé recorded yet. Open an application and choose the résumé you sent under Documents.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Résumé</Table.Th>
                <Table.Th scope="col">Sent</Table.Th>
                <Table.Th scope="col">Response rate</Table.Th>
                <Table.Th scope="col">Interview rate</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.flatMap((r) => [
                <Table.Tr key={r.resumeId ?? r.resumeName}>
                  <Table.Th scope="row">{r.resumeId ? r.resumeName : `${r.resumeName} (deleted)`}</Table.Th>
                  <Table.Td>{r.applications}</Table.Td>
                  <Table.Td>{percent(r.responseRate)}</Table.Td>
                  <Table.Td>{percent(r.interviewRate)}</Table.Td>
                </Table.Tr>,
                ...(r.versions.length > 1
                  ? r.versions.map((v) => (
                      <Table.Tr key={`${r.resumeId ?? r.resumeName}-${v.versionNumber}`}>
                        <Table.Td pl="xl">version {v.versionNumber}</Table.Td>
                        <Table.Td>{v.applications}</Table.Td>
                        <Table.Td>{percent(v.responseRate)}</Table.Td>
                        <Table.Td>{percent(v.interviewRate)}</Table.Td>
                      </Table.Tr>
                    ))
                  : []),
              ])}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </ChartCard>
  );
}
