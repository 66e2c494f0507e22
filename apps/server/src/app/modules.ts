import { adminModule } from '#modules/admin/index.ts';
import { analyticsModule } from '#modules/analytics/index.ts';
import { applicationsModule } from '#modules/applications/index.ts';
import { contactsModule } from '#modules/contacts/index.ts';
import { filesModule } from '#modules/files/index.ts';
import { identityModule } from '#modules/identity/index.ts';
import { interviewsModule } from '#modules/interviews/index.ts';
import { mailModule } from '#modules/mail/index.ts';
import { notificationsModule } from '#modules/notifications/index.ts';
import { profilesModule } from '#modules/profiles/index.ts';
import { resumesModule } from '#modules/resumes/index.ts';
import { tasksModule } from '#modules/tasks/index.ts';
import { transferModule } from '#modules/transfer/index.ts';

/**
 * Every module, in the order they are built: a module may use the API of those before it. Adding a module is
 * one line here (plus its contracts file and its migration). See ADR 016.
 */
export const MODULES = [
  mailModule,
  identityModule,
  filesModule,
  applicationsModule,
  profilesModule,
  resumesModule,
  contactsModule,
  tasksModule,
  interviewsModule,
  notificationsModule,
  transferModule,
  analyticsModule,
  adminModule,
] as const;

/** Every module's tables (for drizzle-kit and better-auth there is no central schema file). */
export function allTables(): Record<string, unknown> {
  return Object.assign({}, ...MODULES.map((m) => m.tables));
}
