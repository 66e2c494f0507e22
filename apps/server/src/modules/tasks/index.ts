import { applicationsModule } from '#modules/applications/index.ts';
import { defineModule, routes } from '#platform/module.ts';
import { createTasksRepository } from './tasks.repository.ts';
import { tasksRoutes } from './tasks.routes.ts';
import { createTasksService } from './tasks.service.ts';
import { applicationTasks } from './tasks.table.ts';

export { tasksChanged } from './tasks.events.ts';
export { type TaskFacts, taskFacts } from './tasks.views.ts';

/** Follow-up tasks on applications. */
export const tasksModule = defineModule({
  name: 'tasks',
  tables: { applicationTasks },
  build({ db, events, use }) {
    const repository = createTasksRepository(db);
    const service = createTasksService({ repository, applications: use(applicationsModule), events });
    return {
      api: {
        forCalendar: service.forCalendar,
        dueBetweenForReminders: service.dueBetweenForReminders,
        /** The user's tasks for the "all my data" export. */
        exportRows: repository.exportRows,
      },
      routes: [routes(tasksRoutes, { tasks: service }, 'user')],
    };
  },
});
