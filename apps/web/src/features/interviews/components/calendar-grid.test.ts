import type { Interview } from '@jobpilot/contracts';
import { describe, expect, it } from 'vitest';
import { daySegments, layoutDay, weekDays } from './calendar-grid';

let n = 0;
/** An interview starting at a local wall time (the grid shows the browser's zone). */
const at = (day: number, hour: number, minute: number, durationMinutes: number): Interview => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  applicationId: null,
  company: `Company ${n}`,
  position: 'Engineer',
  scheduledAt: new Date(2031, 4, day, hour, minute).toISOString(),
  timezone: 'UTC',
  durationMinutes,
  type: 'online',
  location: null,
  meetingUrl: null,
  details: null,
  createdAt: '2031-01-01T00:00:00.000Z',
  updatedAt: '2031-01-01T00:00:00.000Z',
});

const week = weekDays('2031-05-14'); // Monday 12 May – Sunday 18 May 2031

describe('week grid segments', () => {
  it('places an interview by its start and sizes it by its length', () => {
    const segments = daySegments([at(13, 9, 30, 90)], week);
    expect(segments.get('2031-05-13')).toEqual([
      expect.objectContaining({ startMinute: 570, endMinute: 660, continuesFromBefore: false, continuesAfter: false }),
    ]);
    expect(segments.get('2031-05-12')).toEqual([]);
  });

  it('cuts an interview that runs past midnight into the two days it touches', () => {
    const segments = daySegments([at(14, 23, 0, 120)], week);
    expect(segments.get('2031-05-14')).toEqual([
      expect.objectContaining({ startMinute: 1380, endMinute: 1440, continuesAfter: true }),
    ]);
    expect(segments.get('2031-05-15')).toEqual([
      expect.objectContaining({ startMinute: 0, endMinute: 60, continuesFromBefore: true }),
    ]);
  });

  it('leaves out interviews outside the week', () => {
    const segments = daySegments([at(19, 10, 0, 60), at(11, 10, 0, 60)], week);
    expect([...segments.values()].flat()).toEqual([]);
  });
});

describe('overlapping interviews', () => {
  it('sit side by side, sharing the width only with those they overlap', () => {
    const a = at(13, 9, 0, 60);
    const b = at(13, 9, 30, 90);
    const c = at(13, 10, 0, 30); // overlaps b only, so it takes a's freed column
    const d = at(13, 14, 0, 30);
    const placed = layoutDay(daySegments([d, c, b, a], week).get('2031-05-13') ?? []);
    const where = Object.fromEntries(placed.map((p) => [p.interview.company, [p.column, p.columns]]));
    expect(where).toEqual({
      [a.company]: [0, 2],
      [b.company]: [1, 2],
      [c.company]: [0, 2],
      [d.company]: [0, 1],
    });
  });

  it('gives three at the same time three columns', () => {
    const same = [at(16, 11, 0, 45), at(16, 11, 0, 45), at(16, 11, 15, 30)];
    const placed = layoutDay(daySegments(same, week).get('2031-05-16') ?? []);
    expect(placed.map((p) => p.column).sort()).toEqual([0, 1, 2]);
    expect(placed.every((p) => p.columns === 3)).toBe(true);
  });
});
