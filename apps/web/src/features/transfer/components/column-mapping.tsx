import { type CsvImportField, type CsvImportPreview, csvImportFieldSchema } from '@jobpilot/contracts';
import { NativeSelect, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { FIELD_OPTIONS } from './labels';

interface ColumnMappingProps {
  preview: CsvImportPreview;
  onChange: (mapping: (CsvImportField | null)[]) => void;
}

/**
 * One card per column of the file: its name, a few of its values, and the JobPilot field it fills.
 * Choosing a field another column has moves it here (that column is then ignored).
 */
export function ColumnMapping({ preview, onChange }: ColumnMappingProps) {
  const choose = (index: number, value: string) => {
    const parsed = csvImportFieldSchema.safeParse(value);
    const field = parsed.success ? parsed.data : null;
    onChange(preview.mapping.map((current, i) => (i === index ? field : field && current === field ? null : current)));
  };

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
      {preview.headers.map((header, index) => {
        const field = preview.mapping[index] ?? null;
        const samples = preview.samples[index] ?? [];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: a column is its position in the file; names may repeat
          <Paper key={index} withBorder p="sm" radius="md" bg={field ? undefined : 'gray.0'}>
            <Stack gap={6}>
              <Text fw={600} size="sm" truncate="end" title={header}>
                {header}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={2} mih="2lh" style={{ wordBreak: 'break-word' }}>
                {samples.length > 0 ? samples.join(' · ') : 'No values'}
              </Text>
              <NativeSelect
                aria-label={`Field for column ${header}`}
                size="xs"
                data={FIELD_OPTIONS}
                value={field ?? ''}
                onChange={(event) => choose(index, event.currentTarget.value)}
              />
            </Stack>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
