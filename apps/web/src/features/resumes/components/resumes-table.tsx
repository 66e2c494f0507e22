import type { ResumeSummary } from '@jobpilot/contracts';
import { Badge, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { AnchorLink } from '#components/links';
import { formatUpdated } from './format';
import { ResumeActions } from './resume-actions';

/** The résumés: name (to the editor) with who and what it presents, role tags, the default, when it changed. */
export function ResumesTable({ resumes }: { resumes: ResumeSummary[] }) {
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th visibleFrom="sm">Tags</Table.Th>
            <Table.Th visibleFrom="sm">Updated</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {resumes.map((resume) => (
            <Table.Tr key={resume.id}>
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <Group gap="xs" wrap="wrap">
                    <AnchorLink
                      to="/resumes/$resumeId"
                      params={{ resumeId: resume.id }}
                      fw={600}
                      size="sm"
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {resume.name}
                    </AnchorLink>
                    {resume.isDefault && (
                      <Badge size="sm" variant="light" color="teal">
                        Default
                      </Badge>
                    )}
                  </Group>
                  {(resume.personName || resume.headline) && (
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {[resume.personName, resume.headline].filter(Boolean).join(' · ')}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed" hiddenFrom="sm">
                    Updated {formatUpdated(resume.updatedAt)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Group gap={4}>
                  {resume.tags.map((tag) => (
                    <Badge key={tag} size="sm" variant="outline" color="gray">
                      {tag}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Text size="sm">{formatUpdated(resume.updatedAt)}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <ResumeActions resume={resume} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
