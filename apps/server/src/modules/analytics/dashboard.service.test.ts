import { describe, expect, it } from 'vitest';
import { userActor } from '#platform/access.ts';
import type { DashboardRepository } from './dashboard.repository.ts';
import { createDashboardService } from './dashboard.service.ts';

const NOW = new Date('2026-03-10T12:00:00Z');

function fakeRepository(overrides: Partial<DashboardRepository> = {}) {
  const calls: { now?: Date; until?: Date } = {};
  const repository: DashboardRepository = {
    statusCounts: async () => [],
    responses: async () => ({ applied: 0, responded: 0 }),
    upcomingInterviews: async () => [],
    recentApplications: async () => [],
    tasksDue: async (_u, now, until) => {
      Object.assign(calls, { now, until });
      return [];
    },
    ...overrides,
  };
  return { repository, calls };
}

describe('dashboard service', () => {
  it('counts only open statuses as in progress', async () => {
    const { repository } = fakeRepository({
      statusCounts: async () => [
        { status: 'saved', count: 2 },
        { status: 'interview', count: 1 },
        { status: 'rejected', count: 7 },
        { status: 'withdrawn', count: 1 },
        { status: 'accepted', count: 1 },
      ],
    });
    const data = await createDashboardService({ repository, now: () => NOW }).get(userActor('u1'));
    expect(data.inProgress).toEqual({ total: 3, byStatus: { saved: 2, applied: 0, interview: 1, offer: 0 } });
  });

  it('states the response rate with its formula, null before anything was applied for', async () => {
    const some = fakeRepository({ responses: async () => ({ applied: 8, responded: 2 }) });
    const data = await createDashboardService({ repository: some.repository, now: () => NOW }).get(userActor('u1'));
    expect(data.responseRate).toEqual({ applied: 8, responded: 2, rate: 0.25, formula: expect.any(String) });
    const none = await createDashboardService({ repository: fakeRepository().repository }).get(userActor('u1'));
    expect(none.responseRate.rate).toBeNull();
  });

  it('asks for tasks due within 7 days and marks the overdue ones', async () => {
    const { repository, calls } = fakeRepository();
    repository.tasksDue = async (_u, now, until) => {
      Object.assign(calls, { now, until });
      const base = { applicationId: 'a1', company: 'Acme', position: 'Dev', total: 2, overdue: 1 };
      return [
        { ...base, id: 't1', title: 'Late', dueAt: new Date('2026-03-09T12:00:00Z') },
        { ...base, id: 't2', title: 'Soon', dueAt: new Date('2026-03-12T12:00:00Z') },
      ];
    };
    const data = await createDashboardService({ repository, now: () => NOW }).get(userActor('u1'));
    expect(calls).toEqual({ now: NOW, until: new Date('2026-03-17T12:00:00Z') });
    expect(data.tasksDue).toEqual({
      total: 2,
      overdue: 1,
      items: [
        {
          id: 't1',
          title: 'Late',
          dueAt: '2026-03-09T12:00:00.000Z',
          overdue: true,
          applicationId: 'a1',
          company: 'Acme',
          position: 'Dev',
        },
        {
          id: 't2',
          title: 'Soon',
          dueAt: '2026-03-12T12:00:00.000Z',
          overdue: false,
          applicationId: 'a1',
          company: 'Acme',
          position: 'Dev',
        },
      ],
    });
  });
});
