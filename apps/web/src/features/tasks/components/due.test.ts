import { describe, expect, it } from 'vitest';
import { dueFields, dueInstant, dueLabel } from './due';

// vitest.config.ts runs these in UTC, so local times equal the ISO instants.
describe('dueInstant', () => {
  it('joins a local date and time into an instant', () => {
    expect(dueInstant('2026-05-12', '14:30')).toBe('2026-05-12T14:30:00.000Z');
  });

  it('uses 09:00 when no time is given, and null without a valid date', () => {
    expect(dueInstant('2026-05-12', '')).toBe('2026-05-12T09:00:00.000Z');
    expect(dueInstant('', '10:00')).toBeNull();
    expect(dueInstant('2026-13-40', '10:00')).toBeNull();
  });
});

describe('dueFields', () => {
  it('splits an instant into the date and time fields, and empties them without one', () => {
    expect(dueFields('2026-05-12T07:05:00.000Z')).toEqual({ date: '2026-05-12', time: '07:05' });
    expect(dueFields(null)).toEqual({ date: '', time: '' });
  });

  it('gives back what dueInstant was given', () => {
    const { date, time } = dueFields(dueInstant('2026-02-28', '23:59'));
    expect([date, time]).toEqual(['2026-02-28', '23:59']);
  });
});

describe('dueLabel', () => {
  const now = Date.parse('2026-05-12T12:00:00.000Z');

  it('says when an open task is due, or since when it is overdue', () => {
    const later = dueLabel({ dueAt: '2026-05-13T09:00:00.000Z', done: false }, now);
    expect(later).toEqual({ overdue: false, text: 'Due Wed, May 13, 09:00 AM' });
    const earlier = dueLabel({ dueAt: '2026-05-11T09:00:00.000Z', done: false }, now);
    expect(earlier).toEqual({ overdue: true, text: 'Overdue since Mon, May 11, 09:00 AM' });
  });

  it('never calls a done task overdue, and has no label without a due date', () => {
    expect(dueLabel({ dueAt: '2026-05-11T09:00:00.000Z', done: true }, now)?.overdue).toBe(false);
    expect(dueLabel({ dueAt: null, done: false }, now)).toBeNull();
  });
});
