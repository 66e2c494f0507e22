import { describe, expect, it } from 'vitest';
import { userActor } from '#platform/access.ts';
import type { ApplicationPatch, ApplicationsRepository, ApplicationValues } from './applications.repository.ts';
import { createApplicationsService } from './applications.service.ts';
import type { ApplicationRow } from './applications.table.ts';

/** An in-memory repository with the real one's contract, for the service's rules. */
function fakeRepository(): ApplicationsRepository & { rows: ApplicationRow[] } {
  const rows: ApplicationRow[] = [];
  const mine = (userId: string, id: string) => rows.find((r) => r.userId === userId && r.id === id);
  return {
    rows,
    async list(userId) {
      const own = rows.filter((r) => r.userId === userId);
      return { rows: own.map((r) => ({ ...r, tags: [] })), total: own.length };
    },
    find: async (userId, id) => mine(userId, id),
    async create(userId, values: ApplicationValues) {
      const now = new Date();
      const row = { ...blankRow(), ...values, id: crypto.randomUUID(), userId, createdAt: now, updatedAt: now };
      rows.push(row as ApplicationRow);
      return row as ApplicationRow;
    },
    async update(userId, id, decide: (current: ApplicationRow) => ApplicationPatch) {
      const row = mine(userId, id);
      if (!row) return undefined;
      Object.assign(row, decide({ ...row }), { updatedAt: new Date() });
      return row;
    },
    async delete(userId, id) {
      const at = rows.findIndex((r) => r.userId === userId && r.id === id);
      if (at < 0) return false;
      rows.splice(at, 1);
      return true;
    },
    history: async (userId, id) => (mine(userId, id) ? [] : undefined),
    move: async (userId, id) => mine(userId, id),
    staleApplied: async () => [],
    listAll: async (userId) => rows.filter((r) => r.userId === userId),
    exportHistory: async () => [],
    async createMany(userId, values: ApplicationValues[]) {
      const now = new Date();
      for (const v of values) {
        const row = { ...blankRow(), ...v, id: crypto.randomUUID(), userId, createdAt: now, updatedAt: now };
        rows.push(row as ApplicationRow);
      }
      return values.length;
    },
  };
}

function blankRow(): Omit<ApplicationRow, 'id' | 'userId' | 'company' | 'position' | 'createdAt' | 'updatedAt'> {
  return {
    location: null,
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    salaryPeriod: null,
    jobUrl: null,
    jobDescription: null,
    status: 'saved',
    boardPosition: null,
    source: null,
    appliedAt: null,
    notes: null,
  };
}

const base = {
  company: 'Acme',
  position: 'Engineer',
  location: null,
  salaryMin: null,
  salaryMax: null,
  salaryCurrency: null,
  salaryPeriod: null,
  jobUrl: null,
  jobDescription: null,
  source: null,
  appliedAt: null,
  notes: null,
};

function setup() {
  const repository = fakeRepository();
  const service = createApplicationsService({ repository, today: () => '2026-03-02' });
  return { repository, service };
}

describe('applications service', () => {
  it('dates an application created as applied, and keeps a date that was given', async () => {
    const { service } = setup();
    expect((await service.create(userActor('u1'), { ...base, status: 'applied' })).appliedAt).toBe('2026-03-02');
    expect(
      (await service.create(userActor('u1'), { ...base, status: 'applied', appliedAt: '2026-01-15' })).appliedAt,
    ).toBe('2026-01-15');
    expect((await service.create(userActor('u1'), { ...base, status: 'saved' })).appliedAt).toBeNull();
  });

  it('dates an application when it moves to applied, unless it already has a date', async () => {
    const { service } = setup();
    const saved = await service.create(userActor('u1'), { ...base, status: 'saved' });
    expect((await service.update(userActor('u1'), saved.id, { status: 'applied' })).appliedAt).toBe('2026-03-02');
    const dated = await service.create(userActor('u1'), { ...base, status: 'saved', appliedAt: '2025-12-01' });
    expect((await service.update(userActor('u1'), dated.id, { status: 'applied' })).appliedAt).toBe('2025-12-01');
  });

  it('checks a partial salary change against the stored other bound', async () => {
    const { service, repository } = setup();
    const app = await service.create(userActor('u1'), { ...base, status: 'saved', salaryMin: 50, salaryMax: 60 });
    await expect(service.update(userActor('u1'), app.id, { salaryMax: 40 })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      extra: { field: 'salaryMax' },
    });
    expect(repository.rows[0]?.salaryMax).toBe(60);
    expect((await service.update(userActor('u1'), app.id, { salaryMin: null, salaryMax: 40 })).salaryMax).toBe(40);
  });

  it('answers NOT_FOUND for another user’s application on every operation', async () => {
    const { service } = setup();
    const app = await service.create(userActor('u1'), { ...base, status: 'saved' });
    for (const attempt of [
      () => service.get(userActor('u2'), app.id),
      () => service.update(userActor('u2'), app.id, { notes: 'x' }),
      () => service.remove(userActor('u2'), app.id),
      () => service.history(userActor('u2'), app.id),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'NOT_FOUND', statusCode: 404 });
    }
    expect((await service.get(userActor('u1'), app.id)).notes).toBeNull();
  });

  it('parses the sort parameter into field and direction', async () => {
    const repository = fakeRepository();
    const calls: unknown[] = [];
    const service = createApplicationsService({
      repository: {
        ...repository,
        list: async (_u, f) => {
          calls.push(f.sort);
          return { rows: [], total: 0 };
        },
      },
    });
    await service.list(userActor('u1'), { status: [], sort: '-company', page: 1, limit: 20 });
    await service.list(userActor('u1'), { status: [], sort: 'appliedAt', page: 1, limit: 20 });
    expect(calls).toEqual([
      { field: 'company', desc: true },
      { field: 'appliedAt', desc: false },
    ]);
  });

  it('creates many (CSV import) with the same applied-date rule', async () => {
    const { service, repository } = setup();
    const created = await service.createMany('u1', [
      { ...base, status: 'applied' },
      { ...base, status: 'applied', appliedAt: '2026-01-15' },
      { ...base, status: 'saved' },
    ]);
    expect(created).toBe(3);
    expect(repository.rows.map((r) => r.appliedAt)).toEqual(['2026-03-02', '2026-01-15', null]);
    expect(await service.createMany('u1', [])).toBe(0);
  });
});
