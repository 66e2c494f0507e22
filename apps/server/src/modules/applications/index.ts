import { defineModule, routes } from '#platform/module.ts';
import { createApplicationsRepository } from './applications.repository.ts';
import { applicationsRoutes } from './applications.routes.ts';
import { createApplicationsService } from './applications.service.ts';
import { applicationStatusHistory, applications } from './applications.table.ts';

export type { ApplicationsService } from './applications.service.ts';
export { type ApplicationFacts, applicationFacts, type StatusChanges, statusChanges } from './applications.views.ts';

/** The tracker's applications and their status history (ADR 005). */
export const applicationsModule = defineModule({
  name: 'applications',
  tables: { applications, applicationStatusHistory },
  build({ db }) {
    const service = createApplicationsService({ repository: createApplicationsRepository(db) });
    return {
      api: service,
      routes: [routes(applicationsRoutes, { applications: service }, 'user')],
    };
  },
});
