import { insertUser } from '#modules/identity/identity.factory.ts';
import type { Db } from '#platform/db.ts';
import { firstStatusAt } from './applications.repository.ts';
import {
  type ApplicationRow,
  applicationStatusHistory,
  applications,
  type NewApplicationRow,
} from './applications.table.ts';

/** A saved frontend role at Acme with a salary range: the fields both the row and the request body share. */
export const APPLICATION_DEFAULTS = {
  company: 'Acme Corp',
  position: 'Frontend Engineer',
  location: 'Remote',
  salaryMin: 90_000,
  salaryMax: 120_000,
  salaryCurrency: 'USD',
  salaryPeriod: 'year' as const,
  jobUrl: 'https://jobs.example.com/acme/123',
  status: 'saved' as const,
  source: 'LinkedIn',
  notes: 'Referred by Sam',
};

/** An application row's values; override any field. */
export function makeApplication(overrides: Partial<NewApplicationRow> = {}): Omit<NewApplicationRow, 'userId'> {
  return { ...APPLICATION_DEFAULTS, ...overrides };
}

/**
 * Inserts an application and its first status-history entry, as creating one through the API stores it
 * (an `applied` one without a date is applied today). Makes its owner when `userId` is not given.
 */
export async function insertApplication(db: Db, overrides: Partial<NewApplicationRow> = {}): Promise<ApplicationRow> {
  const userId = overrides.userId ?? (await insertUser(db)).id;
  const values = makeApplication(overrides);
  const appliedAt = values.appliedAt ?? (values.status === 'applied' ? new Date().toISOString().slice(0, 10) : null);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(applications)
      .values({ ...values, appliedAt, userId })
      .returning();
    if (!row) throw new Error('insert returned no application');
    await tx
      .insert(applicationStatusHistory)
      .values({ applicationId: row.id, fromStatus: null, toStatus: row.status, changedAt: firstStatusAt(row) });
    return row;
  });
}
