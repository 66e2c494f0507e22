import { applicationsModule } from '#modules/applications/index.ts';
import { contactsModule } from '#modules/contacts/index.ts';
import { filesModule } from '#modules/files/index.ts';
import { exportAccount } from '#modules/identity/index.ts';
import { interviewsModule } from '#modules/interviews/index.ts';
import { notificationsModule } from '#modules/notifications/index.ts';
import { profilesModule } from '#modules/profiles/index.ts';
import { resumesModule } from '#modules/resumes/index.ts';
import { tasksModule } from '#modules/tasks/index.ts';
import { defineModule, routes } from '#platform/module.ts';
import { planImportTask } from './import-plan.task.ts';
import { transferRoutes } from './transfer.routes.ts';
import { createTransferService } from './transfer.service.ts';

/** Applications in and out as CSV (Huntr, Teal, spreadsheets), and the "all my data" export (ADR 010). */
export const transferModule = defineModule({
  name: 'transfer',
  tables: {},
  parseTasks: [planImportTask],
  build({ db, parser, use }) {
    const applications = use(applicationsModule);
    const transfer = createTransferService({
      applications,
      // Each module hands out its own rows (ADR 016, "Read models"); transfer reads no table itself.
      exports: {
        account: (userId) => exportAccount(db, userId),
        applications: applications.exportRows,
        profiles: use(profilesModule).exportRows,
        notifications: use(notificationsModule).exportRows,
        tasks: use(tasksModule).exportRows,
        interviews: use(interviewsModule).exportRows,
        contacts: use(contactsModule).exportRows,
        files: use(filesModule).exportRows,
        resumes: use(resumesModule).exportRows,
      },
      parser,
    });
    return { api: {}, routes: [routes(transferRoutes, { transfer }, 'user')] };
  },
});
