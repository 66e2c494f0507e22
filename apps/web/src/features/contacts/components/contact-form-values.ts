import type { Contact, CreateContactInput } from '@jobpilot/contracts';

/** What the add/edit form holds while the person types: text inputs hold strings, never null. */
export interface ContactFormValues {
  name: string;
  position: string;
  company: string;
  emails: string[];
  phones: string[];
  links: string[];
  notes: string;
  applicationIds: string[];
}

export function toFormValues(contact: Contact | null): ContactFormValues {
  return {
    name: contact?.name ?? '',
    position: contact?.position ?? '',
    company: contact?.company ?? '',
    // A new contact starts with one empty address row: it is the field people fill most.
    emails: contact ? contact.emails : [''],
    phones: contact?.phones ?? [],
    links: contact?.links ?? [],
    notes: contact?.notes ?? '',
    applicationIds: contact?.applicationIds ?? [],
  };
}

const text = (value: string): string | null => (value.trim() === '' ? null : value);
const filled = (values: string[]) => values.filter((v) => v.trim() !== '');

/** The request body; empty rows are dropped, empty inputs become null (cleared). */
export function toContactInput(values: ContactFormValues): CreateContactInput {
  return {
    name: values.name,
    position: text(values.position),
    company: text(values.company),
    emails: filled(values.emails),
    phones: filled(values.phones),
    links: filled(values.links),
    notes: text(values.notes),
    applicationIds: values.applicationIds,
  };
}
