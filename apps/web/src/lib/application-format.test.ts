import { APPLICATION_STATUSES } from '@jobpilot/contracts';
import { describe, expect, it } from 'vitest';
import {
  applicationTitle,
  formatDate,
  formatDateTime,
  formatSalary,
  STATUS_COLORS,
  STATUS_LABELS,
  STATUS_OPTIONS,
} from './application-format';

const noSalary = { salaryMin: null, salaryMax: null, salaryCurrency: null, salaryPeriod: null };

describe('formatSalary', () => {
  it('shows a range with currency and period', () => {
    expect(formatSalary({ salaryMin: 90000, salaryMax: 120000, salaryCurrency: 'USD', salaryPeriod: 'year' })).toBe(
      'USD 90,000–120,000 / year',
    );
  });

  it('shows one amount when both ends are equal', () => {
    expect(formatSalary({ ...noSalary, salaryMin: 50000, salaryMax: 50000, salaryCurrency: 'EUR' })).toBe('EUR 50,000');
  });

  it('shows an open range from the minimum, and "up to" for a maximum only', () => {
    expect(formatSalary({ ...noSalary, salaryMin: 40, salaryPeriod: 'hour' })).toBe('40+ / hour');
    expect(formatSalary({ ...noSalary, salaryMax: 120000, salaryCurrency: 'GBP' })).toBe('up to GBP 120,000');
  });

  it('says nothing when no salary is known', () => {
    expect(formatSalary(noSalary)).toBe('');
  });
});

describe('dates', () => {
  it('keeps a calendar date on its day, whatever the time zone', () => {
    expect(formatDate('2026-03-31')).toBe('Mar 31, 2026');
  });

  it('formats a timestamp and leaves a missing date empty', () => {
    expect(formatDate('2026-01-05T10:00:00.000Z')).toBe('Jan 5, 2026');
    expect(formatDate(null)).toBe('');
    expect(formatDateTime('2026-01-05T10:30:00.000Z')).toBe('Jan 5, 2026, 10:30 AM');
  });
});

describe('statuses', () => {
  it('names an application by company and position', () => {
    expect(applicationTitle({ company: 'Acme', position: 'Frontend Engineer' })).toBe('Acme — Frontend Engineer');
  });

  it('has a label and a colour for every status, offered in workflow order', () => {
    for (const status of APPLICATION_STATUSES) {
      expect(STATUS_LABELS[status]).toMatch(/^[A-Z]/);
      expect(STATUS_COLORS[status]).toBeTruthy();
    }
    expect(STATUS_OPTIONS.map((o) => o.value)).toEqual([...APPLICATION_STATUSES]);
    expect(STATUS_OPTIONS[0]).toEqual({ value: 'saved', label: 'Saved' });
  });
});
