import { APPLICATION_STATUSES, type Application, type ApplicationStatus } from '@jobpilot/contracts';

export const STATUS_LABELS: Record<ApplicationStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interview: 'Interview',
  offer: 'Offer',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  accepted: 'Accepted',
};

export const STATUS_COLORS: Record<ApplicationStatus, string> = {
  saved: 'gray',
  applied: 'blue',
  interview: 'violet',
  offer: 'teal',
  rejected: 'red',
  withdrawn: 'orange',
  accepted: 'green',
};

const amount = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "Acme — Frontend Engineer", how a person names an application. */
export function applicationTitle(application: Pick<Application, 'company' | 'position'>): string {
  return `${application.company} — ${application.position}`;
}

/** "USD 90,000–120,000 / year", "USD 90,000+ / year", "up to USD 120,000", or "" when no salary is known. */
export function formatSalary(
  a: Pick<Application, 'salaryMin' | 'salaryMax' | 'salaryCurrency' | 'salaryPeriod'>,
): string {
  const { salaryMin: min, salaryMax: max } = a;
  const currency = a.salaryCurrency ? `${a.salaryCurrency} ` : '';
  const period = a.salaryPeriod ? ` / ${a.salaryPeriod}` : '';
  if (min != null && max != null) {
    const range = min === max ? amount.format(min) : `${amount.format(min)}–${amount.format(max)}`;
    return `${currency}${range}${period}`;
  }
  if (min != null) return `${currency}${amount.format(min)}+${period}`;
  if (max != null) return `up to ${currency}${amount.format(max)}${period}`;
  return '';
}

/** A calendar date (`2026-03-31`, kept as that day) or a timestamp's day, in the reader's locale. */
export function formatDate(value: string | null): string {
  if (!value) return '';
  const calendar = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = calendar ? new Date(Number(calendar[1]), Number(calendar[2]) - 1, Number(calendar[3])) : new Date(value);
  return dateOnly.format(date);
}

/** A timestamp in the reader's locale and time zone. */
export function formatDateTime(timestamp: string): string {
  return dateTime.format(new Date(timestamp));
}

/** Options for status pickers, in workflow order. */
export const STATUS_OPTIONS = APPLICATION_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] }));
