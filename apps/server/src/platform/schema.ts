/** Every table of every module, for Drizzle's typed client and drizzle-kit. */
export * from '#modules/applications/applications.table.ts';
export * from '#modules/identity/identity.table.ts';
export * from '#modules/mail/mail.table.ts';
