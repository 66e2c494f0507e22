import { applicationsModule } from '#modules/applications/index.ts';
import { tasksModule } from '#modules/tasks/index.ts';
import { defineModule, routes } from '#platform/module.ts';
import { createCalendarService } from './calendar.service.ts';
import { createCalendarFeedRepository } from './calendar-feed.repository.ts';
import { calendarFeedRoutes, publicCalendarRoutes } from './calendar-feed.routes.ts';
import { createInterviewsRepository } from './interviews.repository.ts';
import { interviewsRoutes } from './interviews.routes.ts';
import { createInterviewsService } from './interviews.service.ts';
import { calendarFeeds, interviews } from './interviews.table.ts';

export { interviewsChanged } from './interviews.events.ts';
export { type InterviewFacts, interviewFacts } from './interviews.views.ts';

/** Interviews and the calendar (an .ics download and a private feed URL, ADR 007). */
export const interviewsModule = defineModule({
  name: 'interviews',
  tables: { interviews, calendarFeeds },
  build({ config, db, events, use }) {
    const repository = createInterviewsRepository(db);
    const service = createInterviewsService({ repository, applications: use(applicationsModule), events });
    const calendar = createCalendarService({
      interviews: service,
      tasks: use(tasksModule),
      feeds: createCalendarFeedRepository(db),
      publicUrl: config.publicUrl,
    });
    return {
      api: {
        startingBetweenForReminders: service.startingBetweenForReminders,
        /** The user's interviews for the "all my data" export. */
        exportRows: repository.exportRows,
      },
      routes: [
        routes(interviewsRoutes, { interviews: service, calendar }, 'user'),
        routes(calendarFeedRoutes, { calendar }, 'user'),
        // The feed URL's token is the credential: calendar apps send no cookie.
        routes(publicCalendarRoutes, { calendar }, 'public'),
      ],
    };
  },
});
