import { RESUME_LIST_MAX } from '@jobpilot/contracts';
import { SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { TextListInput } from '#components/text-list-input';
import type { ResumeFormValues } from './resume-form-values';
import type { EntryValues, FieldSpec } from './sections';

interface EntryFieldsProps {
  form: UseFormReturnType<ResumeFormValues>;
  /** The entry's form path, e.g. `sections.work.0`. */
  path: string;
  entry: EntryValues;
  fields: readonly FieldSpec[];
  /** Makes the labels of lists unique on the page: "Highlights of Engineer at Acme". */
  entryName: string;
  /** All fields on one row from the small breakpoint (a skill: name, level, keywords). */
  compact?: boolean;
}

const singular = (label: string) => label.replace(/s$/, '').toLowerCase();

/** The inputs of one entry: short fields two a row (or all on one), paragraphs and lists of lines full width. */
export function EntryFields({ form, path, entry, fields, entryName, compact = false }: EntryFieldsProps) {
  const short = fields.filter((f) => f.kind !== 'long' && f.kind !== 'lines');
  const wide = fields.filter((f) => f.kind === 'long' || f.kind === 'lines');
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: compact ? short.length : 2 }} spacing="sm" verticalSpacing="xs">
        {short.map((field) =>
          field.kind === 'tags' ? (
            <TagsInput
              key={field.key}
              label={field.label}
              placeholder="Type, then Enter"
              maxTags={RESUME_LIST_MAX}
              {...form.getInputProps(`${path}.${field.key}`)}
            />
          ) : (
            <TextInput
              key={field.key}
              label={field.label}
              placeholder={field.placeholder}
              type={field.kind === 'url' ? 'url' : 'text'}
              inputMode={field.kind === 'date' ? 'numeric' : undefined}
              {...form.getInputProps(`${path}.${field.key}`)}
            />
          ),
        )}
      </SimpleGrid>
      {wide.map((field) => {
        if (field.kind === 'long') {
          return (
            <Textarea
              key={field.key}
              label={field.label}
              autosize
              minRows={2}
              maxRows={10}
              {...form.getInputProps(`${path}.${field.key}`)}
            />
          );
        }
        const lines = Array.isArray(entry[field.key]) ? (entry[field.key] as string[]) : [];
        return (
          <TextListInput
            key={field.key}
            label={field.label}
            itemLabel={`${field.label} of ${entryName}, line`}
            addLabel={`Add a ${singular(field.label)}`}
            values={lines}
            max={RESUME_LIST_MAX}
            onChange={(next) => form.setFieldValue(`${path}.${field.key}`, next as never)}
            itemError={(i) => form.errors[`${path}.${field.key}.${i}`] as string | undefined}
            error={form.errors[`${path}.${field.key}`] as string | undefined}
          />
        );
      })}
    </Stack>
  );
}
