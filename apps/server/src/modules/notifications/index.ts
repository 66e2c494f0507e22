import { applicationsModule } from '#modules/applications/index.ts';
import { identityModule } from '#modules/identity/index.ts';
import { interviewsChanged, interviewsModule } from '#modules/interviews/index.ts';
import { mailModule } from '#modules/mail/index.ts';
import { tasksChanged, tasksModule } from '#modules/tasks/index.ts';
import { on } from '#platform/events.ts';
import { defineModule, routes } from '#platform/module.ts';
import { checkRemindersJob, REMINDER_DEBOUNCE_SECONDS } from './notifications.jobs.ts';
import { createNotificationsRepository } from './notifications.repository.ts';
import { notificationsRoutes } from './notifications.routes.ts';
import { createNotificationsService } from './notifications.service.ts';
import { notificationPreferences, notifications } from './notifications.table.ts';
import { createPreferencesRepository } from './preferences.repository.ts';
import { createReminderCheck } from './reminder-check.ts';

/** The notification centre, preferences and reminders (interviews, follow-ups, tasks; ADR 007). */
export const notificationsModule = defineModule({
  name: 'notifications',
  tables: { notifications, notificationPreferences },
  build({ config, db, log, use }) {
    const repository = createNotificationsRepository(db);
    const preferences = createPreferencesRepository(db);
    const mail = use(mailModule);
    const reminders = createReminderCheck({
      sources: {
        interviewsStartingBetween: use(interviewsModule).startingBetweenForReminders,
        staleApplied: use(applicationsModule).staleApplied,
        tasksDueBetween: use(tasksModule).dueBetweenForReminders,
      },
      notifications: repository,
      preferences,
      recipientOf: use(identityModule).recipientOf,
      sendMail: mail.send,
      publicUrl: config.publicUrl,
      log,
    });
    // A change by one user gets its check at once; bursts of changes share one (debounced per user).
    const checkNow = {
      seconds: REMINDER_DEBOUNCE_SECONDS,
      key: ({ userId }: { userId: string }) => `reminders:${userId}`,
    };
    const check = async ({ userId }: { userId: string }) => void (await reminders.run({ now: new Date(), userId }));
    return {
      /** `exportRows`: the user's notification settings and notifications, for the "all my data" export. */
      api: { reminders, exportRows: repository.exportRows },
      routes: [
        routes(notificationsRoutes, { notifications: createNotificationsService({ repository, preferences }) }, 'user'),
      ],
      jobs: [checkRemindersJob(reminders)],
      handles: [
        on(interviewsChanged, check, { durable: { retryLimit: 2, debounce: checkNow } }),
        on(tasksChanged, check, { durable: { retryLimit: 2, debounce: checkNow } }),
      ],
    };
  },
});
