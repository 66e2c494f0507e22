import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';

interface TextListInputProps {
  label: string;
  /** Accessible name of each input, numbered: `Email` → "Email 1", "Email 2". */
  itemLabel: string;
  addLabel: string;
  values: string[];
  onChange: (values: string[]) => void;
  /** Error of the item at each index (e.g. form errors `emails.0`, `emails.1`). */
  itemError?: (index: number) => string | undefined;
  /** Error of the whole list (e.g. too many). */
  error?: string | undefined;
  max: number;
  type?: 'text' | 'email' | 'tel' | 'url';
  placeholder?: string;
}

/** Repeatable text inputs (emails, phone numbers, links): one row each, add and remove buttons. */
export function TextListInput({
  label,
  itemLabel,
  addLabel,
  values,
  onChange,
  itemError,
  error,
  max,
  type = 'text',
  placeholder,
}: TextListInputProps) {
  const set = (index: number, value: string) => onChange(values.map((v, i) => (i === index ? value : v)));
  return (
    <Input.Wrapper label={label} error={error}>
      <Stack gap={6} mt={4}>
        {values.map((value, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
          <Group key={index} gap={6} wrap="nowrap" align="flex-start">
            <TextInput
              flex={1}
              type={type}
              aria-label={`${itemLabel} ${index + 1}`}
              placeholder={placeholder}
              value={value}
              error={itemError?.(index)}
              onChange={(event) => set(index, event.currentTarget.value)}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              aria-label={`Remove ${itemLabel.toLowerCase()} ${index + 1}`}
              onClick={() => onChange(values.filter((_, i) => i !== index))}
            >
              <IconX size={16} />
            </ActionIcon>
          </Group>
        ))}
        {values.length < max && (
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPlus size={14} />}
              onClick={() => onChange([...values, ''])}
            >
              {addLabel}
            </Button>
          </Group>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
