import { defineModule, routes } from '#platform/module.ts';
import { createApplicationsRepository } from './applications.repository.ts';
import { applicationsRoutes } from './applications.routes.ts';
import { createApplicationsService } from './applications.service.ts';
import { applicationStatusHistory, applications } from './applications.table.ts';
import { createSavedViewsRepository } from './saved-views.repository.ts';
import { savedViewsRoutes } from './saved-views.routes.ts';
import { createSavedViewsService } from './saved-views.service.ts';
import { savedViews } from './saved-views.table.ts';
import { createTagsRepository } from './tags.repository.ts';
import { tagsRoutes } from './tags.routes.ts';
import { createTagsService } from './tags.service.ts';
import { applicationTags, tags } from './tags.table.ts';
import { createWorkspaceRepository } from './workspace.repository.ts';
import { createWorkspaceService } from './workspace.service.ts';

export type { ApplicationsService } from './applications.service.ts';
export { type ApplicationFacts, applicationFacts, type StatusChanges, statusChanges } from './applications.views.ts';

/** The tracker's applications and their status history (ADR 005), their tags and saved views of the list (ADR 027). */
export const applicationsModule = defineModule({
  name: 'applications',
  tables: { applications, applicationStatusHistory, tags, applicationTags, savedViews },
  build({ db }) {
    const repository = createApplicationsRepository(db);
    const service = createApplicationsService({ repository });
    const workspace = createWorkspaceService({ applications: repository, workspace: createWorkspaceRepository(db) });
    return {
      api: {
        ...service,
        /** The user's applications (oldest first) and their status history, for the "all my data" export. */
        async exportRows(userId: string) {
          const [rows, history] = await Promise.all([
            service.listAll(userId, { status: [], sort: 'createdAt' }),
            repository.exportHistory(userId),
          ]);
          return { applications: rows, history };
        },
      },
      routes: [
        routes(applicationsRoutes, { applications: service, workspace }, 'user'),
        routes(tagsRoutes, { tagsService: createTagsService({ repository: createTagsRepository(db) }) }, 'user'),
        routes(
          savedViewsRoutes,
          { savedViews: createSavedViewsService({ repository: createSavedViewsRepository(db) }) },
          'user',
        ),
      ],
    };
  },
});
