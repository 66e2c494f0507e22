import type { ResumeDocument } from '@jobpilot/contracts';
import { Badge, Group, List, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ParsedResume } from '../api/use-parse-resume';
import { formatConfidence, LOW_CONFIDENCE } from './format';
import { EDITED_SECTIONS, type EntryValues, SECTION_SPECS } from './sections';

interface Row {
  key: string;
  label: string;
  /** What was found, one line each; empty when nothing was. */
  found: string[];
  confidence: number | undefined;
}

const filled = (...parts: (string | undefined)[]) => parts.filter((p): p is string => Boolean(p?.trim()));

function dates(entry: Record<string, unknown>): string {
  const start = typeof entry.startDate === 'string' ? entry.startDate : '';
  const end = typeof entry.endDate === 'string' ? entry.endDate : '';
  const date = typeof entry.date === 'string' ? entry.date : '';
  if (date) return date;
  if (!start && !end) return '';
  return `${start || '?'} – ${end || 'now'}`;
}

function rows(document: ResumeDocument, confidence: Record<string, number>): Row[] {
  const b = document.basics ?? {};
  const location = filled(b.location?.city, b.location?.region, b.location?.countryCode).join(', ');
  const basics: Row[] = [
    { key: 'basics.name', label: 'Name', found: filled(b.name), confidence: confidence['basics.name'] },
    { key: 'basics.label', label: 'Headline', found: filled(b.label), confidence: confidence['basics.label'] },
    { key: 'basics.email', label: 'Email', found: filled(b.email), confidence: confidence['basics.email'] },
    { key: 'basics.phone', label: 'Phone', found: filled(b.phone), confidence: confidence['basics.phone'] },
    { key: 'basics.url', label: 'Website', found: filled(b.url), confidence: confidence['basics.url'] },
    { key: 'basics.location', label: 'Location', found: filled(location), confidence: confidence['basics.location'] },
    {
      key: 'basics.profiles',
      label: 'Profiles',
      found: (b.profiles ?? []).map((p) => filled(p.network, p.url ?? p.username).join(': ')),
      confidence: confidence['basics.profiles'],
    },
    { key: 'basics.summary', label: 'Summary', found: filled(b.summary), confidence: confidence['basics.summary'] },
  ];
  const sections: Row[] = EDITED_SECTIONS.map((key) => {
    const spec = SECTION_SPECS[key];
    const entries = (document[key] ?? []) as Record<string, unknown>[];
    return {
      key,
      label: spec.title,
      found: entries.map((entry) =>
        filled(spec.describe(entry as EntryValues) || `Untitled ${spec.entry}`, dates(entry)).join(' · '),
      ),
      confidence: confidence[key],
    };
  });
  return [...basics, ...sections];
}

function Confidence({ value }: { value: number | undefined }) {
  if (value === undefined) return null;
  if (value < LOW_CONFIDENCE) {
    return (
      <Badge color="orange" variant="light" size="sm" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
        Check · {formatConfidence(value)}
      </Badge>
    );
  }
  return (
    <Badge color="teal" variant="light" size="sm">
      {formatConfidence(value)}
    </Badge>
  );
}

/** What the parser found, field by field, with how sure it is; unsure fields are marked to check. */
export function ParsedFields({ parsed }: { parsed: ParsedResume }) {
  return (
    <Table.ScrollContainer minWidth={0}>
      <Table verticalSpacing="xs" aria-label="Parsed fields">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Field</Table.Th>
            <Table.Th>Found</Table.Th>
            <Table.Th w={150}>Confidence</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows(parsed.document, parsed.confidence).map((row) => {
            const low = row.confidence !== undefined && row.confidence < LOW_CONFIDENCE && row.found.length > 0;
            return (
              <Table.Tr key={row.key} bg={low ? 'var(--mantine-color-orange-light)' : undefined} data-low={low}>
                <Table.Th scope="row" fw={600}>
                  {row.label}
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  {row.found.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      Not found
                    </Text>
                  ) : row.found.length === 1 ? (
                    <Text size="sm" lineClamp={4}>
                      {row.found[0]}
                    </Text>
                  ) : (
                    <List size="sm" spacing={2}>
                      {row.found.map((line, index) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: two entries may read the same
                        <List.Item key={index}>{line}</List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>{row.found.length > 0 && <Confidence value={row.confidence} />}</Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
