/** Every table of every module, for Drizzle's typed client and drizzle-kit. */
export * from '#modules/applications/applications.table.ts';
export * from '#modules/applications/tasks.table.ts';
export * from '#modules/contacts/contacts.table.ts';
export * from '#modules/files/files.table.ts';
export * from '#modules/identity/identity.table.ts';
export * from '#modules/interviews/interviews.table.ts';
export * from '#modules/mail/mail.table.ts';
export * from '#modules/notifications/notifications.table.ts';
export * from '#modules/profiles/profiles.table.ts';
