import type { ContactFileFormat } from '@jobpilot/contracts';
import type { Actor } from '#platform/access.ts';
import type { ContactsRepository } from './contacts.repository.ts';
import type { ContactsService } from './contacts.service.ts';
import { contactsCsv } from './csv-export.ts';
import { toVcards } from './vcard-write.ts';

/** The user's contacts as one vCard 4.0 or CSV file (ADR 008). */
export function createContactExportService(deps: { repository: ContactsRepository; contacts: ContactsService }) {
  const { repository, contacts } = deps;
  return {
    async export({ userId }: Actor, format: ContactFileFormat, q?: string): Promise<string> {
      const all = await contacts.present(await repository.all(userId, { q }));
      return format === 'vcf' ? toVcards(all) : contactsCsv(all);
    },
  };
}

export type ContactExportService = ReturnType<typeof createContactExportService>;
