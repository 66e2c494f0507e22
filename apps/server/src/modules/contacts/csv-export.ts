import type { Contact } from '@jobpilot/contracts';
import { toCsv } from '#platform/csv.ts';

/** Several values in one cell, as Google Contacts writes them (the importer splits them again). */
export const MULTI_VALUE_SEPARATOR = ' ::: ';
export const CSV_HEADERS = ['Name', 'Company', 'Job Title', 'E-mail Address', 'Phone', 'Website', 'Notes'] as const;

/** Contacts as an Excel-friendly CSV, in the columns Google Contacts and Outlook understand. */
export function contactsCsv(contacts: Contact[]): string {
  return toCsv(
    CSV_HEADERS,
    contacts.map((c) => [
      c.name,
      c.company,
      c.position,
      c.emails.join(MULTI_VALUE_SEPARATOR),
      c.phones.join(MULTI_VALUE_SEPARATOR),
      c.links.join(MULTI_VALUE_SEPARATOR),
      c.notes,
    ]),
  );
}
