import { applicationsModule } from '#modules/applications/index.ts';
import { defineModule, routes } from '#platform/module.ts';
import { planImportTask } from './import-plan.task.ts';
import { createTransferRepository } from './transfer.repository.ts';
import { transferRoutes } from './transfer.routes.ts';
import { createTransferService } from './transfer.service.ts';

/** Applications in and out as CSV (Huntr, Teal, spreadsheets), and the "all my data" export (ADR 010). */
export const transferModule = defineModule({
  name: 'transfer',
  tables: {},
  parseTasks: [planImportTask],
  build({ db, parser, use }) {
    const transfer = createTransferService({
      applications: use(applicationsModule),
      repository: createTransferRepository(db),
      parser,
    });
    return { api: {}, routes: [routes(transferRoutes, { transfer }, 'user')] };
  },
});
