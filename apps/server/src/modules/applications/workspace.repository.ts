import { type AnyColumn, and, asc, eq, sql } from 'drizzle-orm';
import { contactFacts, contactLinks } from '#modules/contacts/index.ts';
import { interviewFacts } from '#modules/interviews/index.ts';
import { taskFacts } from '#modules/tasks/index.ts';
import type { Db } from '#platform/db.ts';

/**
 * The read model of an application's page (ADR 024): its tasks, interviews and linked contacts, read through
 * the views those modules export (ADR 016, "Read models"), every statement scoped by the owner. The caller has
 * already checked that the application is the user's.
 */
/** The owner's rows about one application: every statement here is scoped by both. */
function ownedFor(owner: AnyColumn, userId: string, application: AnyColumn, applicationId: string) {
  return and(eq(owner, userId), eq(application, applicationId));
}

export function createWorkspaceRepository(db: Db) {
  const tasks = taskFacts(db);
  const interviews = interviewFacts(db);
  const contacts = contactFacts(db);
  const links = contactLinks(db);

  return {
    /** Open tasks first by due date (undated last), then done ones. */
    tasks(userId: string, applicationId: string) {
      return db
        .select({
          id: tasks.id,
          title: tasks.title,
          dueAt: tasks.dueAt,
          doneAt: tasks.doneAt,
          createdAt: tasks.createdAt,
        })
        .from(tasks)
        .where(ownedFor(tasks.userId, userId, tasks.applicationId, applicationId))
        .orderBy(sql`${tasks.doneAt} is not null`, sql`${tasks.dueAt} asc nulls last`, asc(tasks.createdAt));
    },

    /** Soonest first. */
    interviews(userId: string, applicationId: string) {
      return db
        .select({
          id: interviews.id,
          scheduledAt: interviews.scheduledAt,
          timezone: interviews.timezone,
          durationMinutes: interviews.durationMinutes,
          type: interviews.type,
          location: interviews.location,
          createdAt: interviews.createdAt,
        })
        .from(interviews)
        .where(ownedFor(interviews.userId, userId, interviews.applicationId, applicationId))
        .orderBy(asc(interviews.scheduledAt), asc(interviews.id));
    },

    /** By name. */
    contacts(userId: string, applicationId: string) {
      return db
        .select({
          id: contacts.id,
          name: contacts.name,
          position: contacts.position,
          company: contacts.company,
          emails: contacts.emails,
        })
        .from(contacts)
        .innerJoin(links, eq(links.contactId, contacts.id))
        .where(ownedFor(contacts.userId, userId, links.applicationId, applicationId))
        .orderBy(sql`lower(${contacts.name})`, asc(contacts.id));
    },
  };
}

export type WorkspaceRepository = ReturnType<typeof createWorkspaceRepository>;
