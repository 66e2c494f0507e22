import { asc, eq } from 'drizzle-orm';
import { applicationStatusHistory, applications } from '#modules/applications/applications.table.ts';
import { contactApplications, contacts } from '#modules/contacts/contacts.table.ts';
import { files } from '#modules/files/files.table.ts';
import { users } from '#modules/identity/identity.table.ts';
import { interviews } from '#modules/interviews/interviews.table.ts';
import { notificationPreferences, notifications } from '#modules/notifications/notifications.table.ts';
import { favorites, profiles } from '#modules/profiles/profiles.table.ts';
import { applicationTasks } from '#modules/tasks/tasks.table.ts';
import type { Db } from '#platform/db.ts';

/**
 * Read model for the "all my data" export (ADR 010): reads the user's rows straight from the tables of
 * the modules that own them, every query scoped by the user, nothing written. Columns are named one by
 * one so secrets (password hashes, session tokens, calendar-feed token hashes, storage keys) cannot slip in.
 */
export function createTransferRepository(db: Db) {
  return {
    async user(userId: string) {
      const [row] = await db
        .select({
          id: users.id,
          name: users.name,
          email: users.email,
          emailVerified: users.emailVerified,
          image: users.image,
          role: users.role,
          createdAt: users.createdAt,
          updatedAt: users.updatedAt,
        })
        .from(users)
        .where(eq(users.id, userId));
      return row;
    },

    async profile(userId: string) {
      const [row] = await db
        .select({
          headline: profiles.headline,
          phone: profiles.phone,
          location: profiles.location,
          skills: profiles.skills,
          links: profiles.links,
          visibility: profiles.visibility,
          resumeFileId: profiles.resumeFileId,
          updatedAt: profiles.updatedAt,
        })
        .from(profiles)
        .where(eq(profiles.userId, userId));
      return row;
    },

    async notificationPreferences(userId: string) {
      const [row] = await db
        .select({
          inApp: notificationPreferences.inApp,
          email: notificationPreferences.email,
          interviewReminders: notificationPreferences.interviewReminders,
          interviewReminderOffsets: notificationPreferences.interviewReminderOffsets,
          followUps: notificationPreferences.followUps,
          followUpDays: notificationPreferences.followUpDays,
          taskReminders: notificationPreferences.taskReminders,
          updatedAt: notificationPreferences.updatedAt,
        })
        .from(notificationPreferences)
        .where(eq(notificationPreferences.userId, userId));
      return row;
    },

    /** The status history of all the user's applications, oldest first. */
    async statusHistory(userId: string) {
      return db
        .select({
          id: applicationStatusHistory.id,
          applicationId: applicationStatusHistory.applicationId,
          fromStatus: applicationStatusHistory.fromStatus,
          toStatus: applicationStatusHistory.toStatus,
          changedAt: applicationStatusHistory.changedAt,
        })
        .from(applicationStatusHistory)
        .innerJoin(applications, eq(applications.id, applicationStatusHistory.applicationId))
        .where(eq(applications.userId, userId))
        .orderBy(asc(applicationStatusHistory.changedAt), asc(applicationStatusHistory.id));
    },

    async tasks(userId: string) {
      return db
        .select({
          id: applicationTasks.id,
          applicationId: applicationTasks.applicationId,
          title: applicationTasks.title,
          dueAt: applicationTasks.dueAt,
          doneAt: applicationTasks.doneAt,
          createdAt: applicationTasks.createdAt,
          updatedAt: applicationTasks.updatedAt,
        })
        .from(applicationTasks)
        .where(eq(applicationTasks.userId, userId))
        .orderBy(asc(applicationTasks.createdAt), asc(applicationTasks.id));
    },

    async interviews(userId: string) {
      return db
        .select({
          id: interviews.id,
          applicationId: interviews.applicationId,
          company: interviews.company,
          position: interviews.position,
          scheduledAt: interviews.scheduledAt,
          timezone: interviews.timezone,
          durationMinutes: interviews.durationMinutes,
          type: interviews.type,
          location: interviews.location,
          meetingUrl: interviews.meetingUrl,
          details: interviews.details,
          createdAt: interviews.createdAt,
          updatedAt: interviews.updatedAt,
        })
        .from(interviews)
        .where(eq(interviews.userId, userId))
        .orderBy(asc(interviews.scheduledAt), asc(interviews.id));
    },

    async contacts(userId: string) {
      return db
        .select({
          id: contacts.id,
          name: contacts.name,
          position: contacts.position,
          company: contacts.company,
          emails: contacts.emails,
          phones: contacts.phones,
          links: contacts.links,
          notes: contacts.notes,
          createdAt: contacts.createdAt,
          updatedAt: contacts.updatedAt,
        })
        .from(contacts)
        .where(eq(contacts.userId, userId))
        .orderBy(asc(contacts.createdAt), asc(contacts.id));
    },

    /** Which of the user's applications each of the user's contacts is linked to. */
    async contactLinks(userId: string) {
      return db
        .select({ contactId: contactApplications.contactId, applicationId: contactApplications.applicationId })
        .from(contactApplications)
        .innerJoin(contacts, eq(contacts.id, contactApplications.contactId))
        .where(eq(contacts.userId, userId));
    },

    async favorites(userId: string) {
      return db
        .select({ profileUserId: favorites.profileUserId, createdAt: favorites.createdAt })
        .from(favorites)
        .where(eq(favorites.userId, userId))
        .orderBy(asc(favorites.createdAt));
    },

    async files(userId: string) {
      return db
        .select({
          id: files.id,
          purpose: files.purpose,
          filename: files.filename,
          contentType: files.contentType,
          sizeBytes: files.sizeBytes,
          sha256: files.sha256,
          createdAt: files.createdAt,
        })
        .from(files)
        .where(eq(files.userId, userId))
        .orderBy(asc(files.createdAt), asc(files.id));
    },

    async notifications(userId: string) {
      return db
        .select({
          id: notifications.id,
          type: notifications.type,
          title: notifications.title,
          body: notifications.body,
          link: notifications.link,
          readAt: notifications.readAt,
          createdAt: notifications.createdAt,
        })
        .from(notifications)
        .where(eq(notifications.userId, userId))
        .orderBy(asc(notifications.createdAt), asc(notifications.id));
    },
  };
}

export type TransferRepository = ReturnType<typeof createTransferRepository>;
