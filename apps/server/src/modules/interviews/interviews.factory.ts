import { insertUser } from '#modules/identity/identity.factory.ts';
import type { Db } from '#platform/db.ts';
import { interviews } from './interviews.table.ts';

type NewInterviewRow = typeof interviews.$inferInsert;
type InterviewRow = typeof interviews.$inferSelect;

/** An interview row's values: an hour online with Acme on a fixed future date; override any field. */
export function makeInterview(overrides: Partial<NewInterviewRow> = {}): Omit<NewInterviewRow, 'userId'> {
  return {
    company: 'Acme',
    position: 'Frontend Engineer',
    scheduledAt: new Date('2031-05-12T12:00:00Z'),
    timezone: 'Europe/Berlin',
    type: 'online',
    meetingUrl: 'https://meet.example.com/acme',
    ...overrides,
  };
}

/**
 * Inserts an interview, unlinked unless `applicationId` is given. Makes its owner when `userId` is not given;
 * no reminder is scheduled (tests about reminders create interviews over HTTP).
 */
export async function insertInterview(db: Db, overrides: Partial<NewInterviewRow> = {}): Promise<InterviewRow> {
  const userId = overrides.userId ?? (await insertUser(db)).id;
  const [row] = await db
    .insert(interviews)
    .values({ ...makeInterview(overrides), userId })
    .returning();
  if (!row) throw new Error('insert returned no interview');
  return row;
}
