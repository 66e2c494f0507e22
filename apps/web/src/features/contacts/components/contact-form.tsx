import {
  CONTACT_EMAILS_MAX,
  CONTACT_LINKS_MAX,
  CONTACT_PHONES_MAX,
  type Contact,
  type CreateContactInput,
  createContactSchema,
} from '@jobpilot/contracts';
import { Button, Group, MultiSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { FormError } from '#components/form-error';
import { TextListInput } from '#components/text-list-input';
import { useApiForm } from '#lib/use-api-form';
import { useApplicationOptions } from '../api/use-application-options';
import { type ContactFormValues, toContactInput, toFormValues } from './contact-form-values';

interface ContactFormProps {
  contact: Contact | null;
  submitLabel: string;
  onSubmit: (input: CreateContactInput) => Promise<unknown>;
  onCancel: () => void;
}

/** Errors of the rows in a list, e.g. `emails.1`, with indexes of the filled rows mapped back to the form's rows. */
function rowIndex(values: string[], filledIndex: number): number {
  let seen = -1;
  for (const [index, value] of values.entries()) {
    if (value.trim() !== '') seen += 1;
    if (seen === filledIndex) return index;
  }
  return filledIndex;
}

/** The schema and the API see only the filled rows: point their `emails.0` at the row the person typed it in. */
function rowPath(field: string, values: ContactFormValues): string {
  const row = /^(emails|phones|links)\.(\d+)$/.exec(field);
  if (!row) return field;
  const list = row[1] as 'emails' | 'phones' | 'links';
  return `${list}.${rowIndex(values[list], Number(row[2]))}`;
}

/** Add/edit a contact; validated with the shared schema, and what was typed stays when saving fails. */
export function ContactForm({ contact, submitLabel, onSubmit, onCancel }: ContactFormProps) {
  const applications = useApplicationOptions();
  const {
    form,
    onSubmit: submit,
    saving,
    formError,
  } = useApiForm({
    initialValues: toFormValues(contact),
    schema: createContactSchema,
    toInput: toContactInput,
    validate: (values, errors) =>
      Object.fromEntries(Object.entries(errors).map(([key, message]) => [rowPath(key, values), message])),
    fieldPath: rowPath,
    submit: onSubmit,
  });

  const values = form.getValues();
  const list = (name: 'emails' | 'phones' | 'links') => ({
    values: values[name],
    onChange: (next: string[]) => form.setFieldValue(name, next),
    itemError: (i: number) => form.errors[`${name}.${i}`] as string | undefined,
    error: form.errors[name] as string | undefined,
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label="Position" placeholder="Engineering Manager" {...form.getInputProps('position')} />
          <TextInput label="Company" placeholder="Acme" {...form.getInputProps('company')} />
        </SimpleGrid>
        <TextListInput
          label="Email addresses"
          itemLabel="Email"
          addLabel="Add an email address"
          type="email"
          placeholder="name@company.com"
          max={CONTACT_EMAILS_MAX}
          {...list('emails')}
        />
        <TextListInput
          label="Phone numbers"
          itemLabel="Phone"
          addLabel="Add a phone number"
          type="tel"
          placeholder="+1 555 010 2000"
          max={CONTACT_PHONES_MAX}
          {...list('phones')}
        />
        <TextListInput
          label="Links"
          itemLabel="Link"
          addLabel="Add a link (LinkedIn, GitHub…)"
          type="url"
          placeholder="https://linkedin.com/in/…"
          max={CONTACT_LINKS_MAX}
          {...list('links')}
        />
        <MultiSelect
          label="Applications"
          description="The applications this person is part of"
          placeholder={applications.data?.length === 0 ? 'No applications yet' : 'Choose applications'}
          data={applications.data ?? []}
          searchable
          clearable
          nothingFoundMessage="No application matches"
          {...form.getInputProps('applicationIds')}
        />
        <Textarea label="Notes" autosize minRows={2} maxRows={8} {...form.getInputProps('notes')} />
        <FormError message={formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
