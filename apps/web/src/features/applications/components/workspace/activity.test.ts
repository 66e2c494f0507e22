import { describe, expect, it } from 'vitest';
import { buildActivity } from './activity';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('buildActivity', () => {
  it('lists status changes, interviews and tasks newest first', () => {
    const items = buildActivity(
      {
        history: [
          { id: id(1), applicationId: id(9), fromStatus: null, toStatus: 'saved', changedAt: '2026-03-01T10:00:00Z' },
          {
            id: id(2),
            applicationId: id(9),
            fromStatus: 'saved',
            toStatus: 'applied',
            changedAt: '2026-03-02T10:00:00Z',
          },
        ],
        tasks: [
          {
            id: id(3),
            title: 'Send portfolio',
            dueAt: null,
            done: true,
            doneAt: '2026-03-05T09:00:00Z',
            createdAt: '2026-03-03T09:00:00Z',
          },
        ],
        interviews: [
          {
            id: id(4),
            scheduledAt: '2026-03-10T12:00:00Z',
            timezone: 'UTC',
            durationMinutes: 60,
            type: 'phone',
            location: null,
            createdAt: '2026-03-04T08:00:00Z',
          },
        ],
      },
      (iso) => iso.slice(0, 10),
    );
    expect(items.map((i) => i.text)).toEqual([
      'Task done: Send portfolio',
      'Phone interview scheduled for 2026-03-10',
      'Task added: Send portfolio',
      'Moved from Saved to Applied',
      'Added as Saved',
    ]);
  });

  it('is empty for an application with nothing yet', () => {
    expect(buildActivity({ history: [], tasks: [], interviews: [] }, String)).toEqual([]);
  });
});
