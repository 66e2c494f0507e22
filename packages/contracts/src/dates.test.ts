import { describe, expect, it } from 'vitest';
import { createApplicationSchema, createTaskSchema, instantSchema, isoDateSchema } from './index.js';

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe('calendar dates', () => {
  it('refuses days the calendar does not have, naming them', () => {
    for (const day of ['2026-02-31', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00']) {
      const result = isoDateSchema.safeParse(day);
      expect(result.success, day).toBe(false);
      expect(messageOf(result), day).toBe(`That date does not exist: ${day} is not on the calendar`);
    }
  });

  it('accepts real days, leap days included', () => {
    for (const day of ['2026-02-28', '2028-02-29', '2000-02-29', '2026-12-31', '2026-04-30']) {
      expect(isoDateSchema.safeParse(day).success, day).toBe(true);
    }
    expect(isoDateSchema.safeParse('1900-02-29').success).toBe(false);
  });

  it('shows the format for what is not shaped like a date', () => {
    expect(messageOf(isoDateSchema.safeParse('31/02/2026'))).toBe('Use a date like 2026-03-31');
    expect(messageOf(isoDateSchema.safeParse(20260231))).toBe('Use a date like 2026-03-31');
  });

  it('refuses an applied date that does not exist under its field', () => {
    const result = createApplicationSchema.safeParse({ company: 'Acme', position: 'Dev', appliedAt: '2026-02-31' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['appliedAt'],
      message: 'That date does not exist: 2026-02-31 is not on the calendar',
    });
  });

  it('refuses instants on a missing day (interview start, task due)', () => {
    expect(messageOf(instantSchema.safeParse('2026-02-31T10:00:00Z'))).toBe(
      'That date does not exist: 2026-02-31 is not on the calendar',
    );
    expect(messageOf(instantSchema.safeParse('tomorrow'))).toMatch(/^Use a real date and time/);
    expect(instantSchema.safeParse('2028-02-29T10:00:00+01:00').success).toBe(true);
    const task = createTaskSchema.safeParse({ title: 'Call', dueAt: '2026-04-31T09:00:00Z' });
    expect(task.error?.issues[0]).toMatchObject({ path: ['dueAt'] });
    expect(messageOf(task)).toMatch(/^That date does not exist/);
  });
});
