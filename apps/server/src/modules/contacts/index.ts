import { applicationsModule } from '#modules/applications/index.ts';
import { emailVerified } from '#modules/identity/index.ts';
import { profilesModule } from '#modules/profiles/index.ts';
import { on } from '#platform/events.ts';
import { defineModule, routes } from '#platform/module.ts';
import { createContactExportService } from './contact-export.service.ts';
import { createContactImportService } from './contact-import.service.ts';
import { contactImportExportRoutes } from './contact-import-export.routes.ts';
import { parseContactFileTask } from './contact-parse.task.ts';
import { createContactsRepository } from './contacts.repository.ts';
import { contactsRoutes } from './contacts.routes.ts';
import { createContactsService } from './contacts.service.ts';
import { contactApplications, contacts } from './contacts.table.ts';

export { type ContactFacts, type ContactLinks, contactFacts, contactLinks } from './contacts.views.ts';

/** Networking contacts, linked to applications and to the accounts they are (ADR 008), with vCard/CSV files. */
export const contactsModule = defineModule({
  name: 'contacts',
  tables: { contacts, contactApplications },
  parseTasks: [parseContactFileTask],
  build({ db, parser, use }) {
    const repository = createContactsRepository(db);
    const people = use(profilesModule);
    const service = createContactsService({ repository, applications: use(applicationsModule), people });
    const importer = createContactImportService({ repository, people, parser });
    const exporter = createContactExportService({ repository, contacts: service });
    return {
      /** `exportRows`: the user's contacts and their links to applications, for the "all my data" export. */
      api: { exportRows: repository.exportRows },
      routes: [
        routes(contactsRoutes, { contacts: service }, 'user'),
        routes(contactImportExportRoutes, { importer, exporter }, 'user'),
      ],
      handles: [
        // Contacts saved with this address before the person verified it now point at their account (ADR 008).
        on(
          emailVerified,
          async (user) => void (await service.linkVerifiedUser({ id: user.userId, email: user.email })),
          {
            durable: { retryLimit: 5 },
          },
        ),
      ],
    };
  },
});
