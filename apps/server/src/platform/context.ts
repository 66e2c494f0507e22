import type { Logger } from 'pino';
import { createAnalyticsRepository } from '#modules/analytics/analytics.repository.ts';
import { createAnalyticsService } from '#modules/analytics/analytics.service.ts';
import { createDashboardRepository } from '#modules/analytics/dashboard.repository.ts';
import { createDashboardService } from '#modules/analytics/dashboard.service.ts';
import { createApplicationsRepository } from '#modules/applications/applications.repository.ts';
import { createApplicationsService } from '#modules/applications/applications.service.ts';
import { createContactExportService } from '#modules/contacts/contact-export.service.ts';
import { createContactImportService } from '#modules/contacts/contact-import.service.ts';
import { parseContactFileTask } from '#modules/contacts/contact-parse.task.ts';
import { createContactsRepository } from '#modules/contacts/contacts.repository.ts';
import { createContactsService } from '#modules/contacts/contacts.service.ts';
import { createFilesRepository } from '#modules/files/files.repository.ts';
import { createFilesService } from '#modules/files/files.service.ts';
import { createAuth } from '#modules/identity/auth.ts';
import { createIdentityService } from '#modules/identity/identity.service.ts';
import { createCalendarService } from '#modules/interviews/calendar.service.ts';
import { createCalendarFeedRepository } from '#modules/interviews/calendar-feed.repository.ts';
import { createInterviewsRepository } from '#modules/interviews/interviews.repository.ts';
import { createInterviewsService } from '#modules/interviews/interviews.service.ts';
import { createAuthMailer } from '#modules/mail/auth-mailer.ts';
import { createMailRepository } from '#modules/mail/mail.repository.ts';
import { createMailService, sendMailJob } from '#modules/mail/mail.service.ts';
import { checkRemindersJob, reminderRequests } from '#modules/notifications/notifications.jobs.ts';
import { createNotificationsRepository } from '#modules/notifications/notifications.repository.ts';
import { createNotificationsService } from '#modules/notifications/notifications.service.ts';
import { createPreferencesRepository } from '#modules/notifications/preferences.repository.ts';
import { recipientsFrom } from '#modules/notifications/recipients.ts';
import { createReminderCheck } from '#modules/notifications/reminder-check.ts';
import { createFavoritesRepository } from '#modules/profiles/favorites.repository.ts';
import { createFavoritesService } from '#modules/profiles/favorites.service.ts';
import { createProfilesRepository } from '#modules/profiles/profiles.repository.ts';
import { createProfilesService } from '#modules/profiles/profiles.service.ts';
import { createTasksRepository } from '#modules/tasks/tasks.repository.ts';
import { createTasksService } from '#modules/tasks/tasks.service.ts';
import { planImportTask } from '#modules/transfer/import-plan.task.ts';
import { createTransferRepository } from '#modules/transfer/transfer.repository.ts';
import { createTransferService } from '#modules/transfer/transfer.service.ts';
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db.ts';
import { createFileStore } from './files/file-store.ts';
import { createQueue } from './queue.ts';
import { createParsePool } from './untrusted/pool.ts';

/** Everything a process role needs, wired once: database, queue, and each module's service. */
export async function createContext(config: Config, log: Logger, opts: { database?: Database } = {}) {
  const database = opts.database ?? (await openDatabase(config));
  await database.migrate();
  const { db } = database;

  const mailRepository = createMailRepository(db);
  const mail = createMailService({ smtpUrl: config.smtpUrl, from: config.mailFrom, repository: mailRepository, log });
  const mailJob = sendMailJob(mail);
  // The reminder check is looked up when the job runs: it needs services built below.
  const remindersJob = checkRemindersJob(() => reminders);
  const queue = createQueue({
    database,
    databaseUrl: config.databaseUrl,
    jobs: [mailJob, remindersJob],
    log,
    pollSeconds: config.queuePollSeconds,
  });

  const auth = createAuth({
    log,
    db,
    config,
    mailer: createAuthMailer({ queue, job: mailJob, publicUrl: config.publicUrl }),
    // Contacts saved with this address before the person verified it now point at their account (ADR 008).
    onEmailVerified: async (user) => {
      await contacts.linkNewUser(user);
    },
  });
  const identity = createIdentityService({ auth, sessionCacheTtlMs: config.sessionCacheTtlMs });
  const applications = createApplicationsService({ repository: createApplicationsRepository(db) });
  const files = createFilesService({ repository: createFilesRepository(db), store: createFileStore(config.dataDir) });
  const profilesRepository = createProfilesRepository(db);
  const favoritesRepository = createFavoritesRepository(db);
  const profiles = createProfilesService({
    repository: profilesRepository,
    favorites: favoritesRepository,
    files,
    publicUrl: config.publicUrl,
    onNameChanged: (userId) => identity.forgetUser(userId),
  });
  const favorites = createFavoritesService({ favorites: favoritesRepository, profiles: profilesRepository });
  // Uploaded documents are parsed in worker threads with time and heap limits (platform/untrusted).
  // One worker starts with the server, so the first upload after boot does not wait; tests start theirs on use.
  const parsePool = createParsePool({ tasks: [parseContactFileTask, planImportTask], warm: config.env !== 'test' });
  const contactsRepository = createContactsRepository(db);
  const contacts = createContactsService({ repository: contactsRepository, applications, people: profiles });
  const contactImport = createContactImportService({
    repository: contactsRepository,
    people: profiles,
    parser: parsePool,
  });
  const contactExport = createContactExportService({ repository: contactsRepository, contacts });
  const reminderQueue = reminderRequests(queue, remindersJob);
  const interviews = createInterviewsService({
    repository: createInterviewsRepository(db),
    applications,
    reminders: reminderQueue,
  });
  const tasks = createTasksService({ repository: createTasksRepository(db), applications, reminders: reminderQueue });
  const calendar = createCalendarService({
    interviews,
    tasks,
    feeds: createCalendarFeedRepository(db),
    publicUrl: config.publicUrl,
  });
  const notificationsRepository = createNotificationsRepository(db);
  const preferencesRepository = createPreferencesRepository(db);
  const notifications = createNotificationsService({
    repository: notificationsRepository,
    preferences: preferencesRepository,
  });
  const reminders = createReminderCheck({
    sources: {
      interviewsStartingBetween: interviews.startingBetweenForReminders,
      staleApplied: applications.staleApplied,
      tasksDueBetween: tasks.dueBetweenForReminders,
    },
    notifications: notificationsRepository,
    preferences: preferencesRepository,
    recipientOf: recipientsFrom(auth),
    sendMail: (message) => queue.send(mailJob, message),
    publicUrl: config.publicUrl,
    log,
  });
  const transfer = createTransferService({
    applications,
    repository: createTransferRepository(db),
    parser: parsePool,
  });
  const dashboard = createDashboardService({ repository: createDashboardRepository(db) });
  const analytics = createAnalyticsService({ repository: createAnalyticsRepository(db) });

  return {
    config,
    log,
    database,
    queue,
    mail,
    mailRepository,
    identity,
    applications,
    files,
    profiles,
    favorites,
    contacts,
    contactImport,
    contactExport,
    interviews,
    tasks,
    calendar,
    notifications,
    reminders,
    transfer,
    dashboard,
    analytics,
    async close() {
      await queue.stop();
      await parsePool.close();
      mail.close();
      await database.close();
    },
  };
}

export type Context = Awaited<ReturnType<typeof createContext>>;
