import { insertUser } from '#modules/identity/identity.factory.ts';
import type { Db } from '#platform/db.ts';
import { firstStatusAt } from './applications.repository.ts';
import {
  type ApplicationRow,
  applicationStatusHistory,
  applications,
  type NewApplicationRow,
} from './applications.table.ts';

/** An application row's values: a saved frontend role at Acme with a salary range; override any field. */
export function makeApplication(overrides: Partial<NewApplicationRow> = {}): Omit<NewApplicationRow, 'userId'> {
  return {
    company: 'Acme Corp',
    position: 'Frontend Engineer',
    location: 'Remote',
    salaryMin: 90_000,
    salaryMax: 120_000,
    salaryCurrency: 'USD',
    salaryPeriod: 'year',
    jobUrl: 'https://jobs.example.com/acme/123',
    status: 'saved',
    source: 'LinkedIn',
    notes: 'Referred by Sam',
    ...overrides,
  };
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
