import { isoDateSchema } from '@jobpilot/contracts';
import { describe, expect, it } from 'vitest';
import { INVALID_DATE_MESSAGE, INVALID_TIME_MESSAGE, type TypedInput, unreadableDateErrors } from './date-fields';

const input = (type: string, path: string | null, badInput: boolean): TypedInput => ({
  type,
  validity: { badInput },
  getAttribute: (name) => (name === 'data-path' ? path : null),
});

describe('unreadable date fields', () => {
  it('names a date field the browser could not read (Feb 31 typed) instead of letting it save as no date', () => {
    expect(unreadableDateErrors([input('date', 'appliedAt', true), input('text', 'company', false)])).toEqual({
      appliedAt: INVALID_DATE_MESSAGE,
    });
  });

  it('names a half-typed time too, and leaves readable or cleared fields alone', () => {
    expect(
      unreadableDateErrors([
        input('date', 'date', false),
        input('time', 'time', true),
        input('date', 'dueDate', false),
        input('date', null, true),
      ]),
    ).toEqual({ time: INVALID_TIME_MESSAGE });
    expect(unreadableDateErrors([])).toEqual({});
  });

  it('says so in a sentence', () => {
    expect(INVALID_DATE_MESSAGE).toMatch(/^That date does not exist.*\.$/);
  });
});

describe('dates the form sends', () => {
  it('are checked against the calendar by the shared schema (what the server runs too)', () => {
    expect(isoDateSchema.safeParse('2026-02-31').error?.issues[0]?.message).toBe(
      'That date does not exist: 2026-02-31 is not on the calendar',
    );
    expect(isoDateSchema.safeParse('2028-02-29').success).toBe(true);
  });
});
