import { contactApplications, contacts } from '#modules/contacts/contacts.table.ts';
import { files } from '#modules/files/files.table.ts';
import { calendarFeeds, interviews } from '#modules/interviews/interviews.table.ts';
import { notificationPreferences, notifications } from '#modules/notifications/notifications.table.ts';
import { favorites, profiles } from '#modules/profiles/profiles.table.ts';
import { resumes, resumeVersions } from '#modules/resumes/resumes.table.ts';
import { applicationTasks } from '#modules/tasks/tasks.table.ts';
import type { Db } from '#platform/db.ts';

/**
 * One row in each table of the other modules for `userId`, every text marked with `label`, so an export
 * test can tell whose rows came out. Written straight to the tables: the export reads them as a read model.
 */
export async function seedOtherModules(
  db: Db,
  s: { userId: string; applicationId: string; other: string; label: string },
): Promise<void> {
  const { userId, applicationId, label } = s;
  await db.insert(applicationTasks).values({ userId, applicationId, title: `${label} task` });
  await db.insert(interviews).values({
    userId,
    applicationId,
    company: `${label} company`,
    position: `${label} position`,
    scheduledAt: new Date('2026-04-01T09:00:00Z'),
    timezone: 'Europe/Berlin',
    type: 'online',
    details: `${label} interview`,
  });
  const [contact] = await db
    .insert(contacts)
    .values({ userId, name: `${label} contact`, emails: [`${label}@example.com`] })
    .returning({ id: contacts.id });
  if (contact) await db.insert(contactApplications).values({ contactId: contact.id, applicationId });
  const [file] = await db
    .insert(files)
    .values({
      userId,
      purpose: 'resume',
      filename: `${label}.pdf`,
      contentType: 'application/pdf',
      sizeBytes: 1234,
      sha256: 'a'.repeat(64),
      storageKey: `${label}-${userId}`,
    })
    .returning({ id: files.id });
  await db.insert(profiles).values({ userId, headline: `${label} headline`, resumeFileId: file?.id ?? null });
  await db.insert(favorites).values({ userId, profileUserId: s.other });
  await db.insert(notificationPreferences).values({ userId, followUpDays: 3 });
  await db.insert(notifications).values({ userId, type: 'follow-up', title: `${label} notification` });
  const document = { basics: { name: `${label} résumé person` } };
  const [resume] = await db
    .insert(resumes)
    .values({ userId, name: `${label} résumé`, document, isDefault: true, sourceFileId: file?.id ?? null })
    .returning({ id: resumes.id });
  if (resume) {
    await db
      .insert(resumeVersions)
      .values({ resumeId: resume.id, number: 1, document, name: `${label} résumé`, kind: 'import' });
  }
  await db.insert(calendarFeeds).values({ userId, tokenHash: `${label}-secret-feed-hash-${userId}` });
}
