import { describe, expect, it } from 'vitest';
import { detectDateOrder, parseDate } from './import-dates.ts';
import { currencyOf, parseSalary, periodOf } from './import-salary.ts';

describe('parseDate', () => {
  it.each([
    ['2026-03-31', '2026-03-31'],
    ['2026-3-5', '2026-03-05'],
    ['2026-03-31T14:05:00.000Z', '2026-03-31'],
    ['2026-03-31 14:05:00', '2026-03-31'],
    ['2026/03/31', '2026-03-31'],
    ['31.03.2026', '2026-03-31'],
    ['1.2.26', '2026-02-01'],
    ['Mar 31, 2026', '2026-03-31'],
    ['March 31 2026', '2026-03-31'],
    ['31 March 2026', '2026-03-31'],
    ['31-Mar-26', '2026-03-31'],
    ['Sept 3, 2026', '2026-09-03'],
    ['03/31/2026 10:15 AM', '2026-03-31'],
  ])('reads %s', (text, expected) => {
    expect(parseDate(text, 'mdy')).toBe(expected);
  });

  it('reads slashed dates month-first or day-first as told', () => {
    expect(parseDate('04/03/2026', 'mdy')).toBe('2026-04-03');
    expect(parseDate('04/03/2026', 'dmy')).toBe('2026-03-04');
    expect(parseDate('4/3/26', 'dmy')).toBe('2026-03-04');
  });

  it.each(['sometime in March', '2026-02-30', '13/13/2026', '31.02.2026', 'Foo 3, 2026', '2026', ''])(
    'refuses %j',
    (text) => {
      expect(parseDate(text, 'mdy')).toBeUndefined();
    },
  );

  it('refuses a month-first date whose month is past 12', () => {
    expect(parseDate('17/03/2026', 'mdy')).toBeUndefined();
    expect(parseDate('17/03/2026', 'dmy')).toBe('2026-03-17');
  });
});

describe('detectDateOrder', () => {
  it('is day-first when a first part is above 12', () => {
    expect(detectDateOrder(['04/03/2026', '17/03/2026'])).toEqual({ order: 'dmy', ambiguous: false });
  });
  it('is month-first when a second part is above 12', () => {
    expect(detectDateOrder(['04/03/2026', '03/17/2026'])).toEqual({ order: 'mdy', ambiguous: false });
  });
  it('falls back to month-first and says so when nothing decides', () => {
    expect(detectDateOrder(['04/03/2026', '01/02/2026'])).toEqual({ order: 'mdy', ambiguous: true });
  });
  it('is not ambiguous without slashed dates', () => {
    expect(detectDateOrder(['2026-03-04', '04.03.2026'])).toEqual({ order: 'mdy', ambiguous: false });
  });
});

describe('parseSalary', () => {
  it.each([
    ['90000', { min: 90000, max: 90000, currency: null, period: null }],
    ['$90,000 - $120,000', { min: 90000, max: 120000, currency: 'USD', period: null }],
    ['90k-120k', { min: 90000, max: 120000, currency: null, period: null }],
    ['90-120k', { min: 90000, max: 120000, currency: null, period: null }],
    ['€50.000', { min: 50000, max: 50000, currency: 'EUR', period: null }],
    ['€50.000 - €60.000', { min: 50000, max: 60000, currency: 'EUR', period: null }],
    ['45 000 €', { min: 45000, max: 45000, currency: 'EUR', period: null }],
    ['£45,000 per year', { min: 45000, max: 45000, currency: 'GBP', period: 'year' }],
    ['$60/hr', { min: 60, max: 60, currency: 'USD', period: 'hour' }],
    ['€4.500 per month', { min: 4500, max: 4500, currency: 'EUR', period: 'month' }],
    ['CA$85,000–95,000', { min: 85000, max: 95000, currency: 'CAD', period: null }],
    ['USD 100000 to 130000 annually', { min: 100000, max: 130000, currency: 'USD', period: 'year' }],
    ['1.234,50 CHF', { min: 1235, max: 1235, currency: 'CHF', period: null }],
    ['$150k + 10% bonus', { min: 150000, max: 150000, currency: 'USD', period: null }],
    ['1.2M', { min: 1200000, max: 1200000, currency: null, period: null }],
    ['n/a', { min: null, max: null, currency: null, period: null }],
  ])('reads %j', (text, expected) => {
    expect(parseSalary(text)).toEqual(expected);
  });

  it.each(['Competitive', 'DOE', 'negotiable'])('has no amount in %j', (text) => {
    expect(parseSalary(text)).toBeUndefined();
  });
});

describe('currencyOf and periodOf', () => {
  it('reads codes and symbols', () => {
    expect(currencyOf('usd')).toBe('USD');
    expect(currencyOf('€')).toBe('EUR');
    expect(currencyOf('A$')).toBe('AUD');
    expect(currencyOf('dollars')).toBeUndefined();
  });
  it('reads period words', () => {
    expect(periodOf('Year')).toBe('year');
    expect(periodOf('hourly')).toBe('hour');
    expect(periodOf('per month')).toBe('month');
    expect(periodOf('months')).toBe('month');
    expect(periodOf('fortnight')).toBeUndefined();
  });
});
