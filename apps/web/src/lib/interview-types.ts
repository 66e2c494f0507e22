import type { InterviewType } from '@jobpilot/contracts';

/** The one name of each interview type, on the Interviews page, its filters and form, and the dashboard. */
export const INTERVIEW_TYPE_LABELS: Record<InterviewType, string> = {
  phone: 'Phone',
  onsite: 'Onsite',
  online: 'Online',
};

/** Mantine colour of each type (calendar events, badges). */
export const INTERVIEW_TYPE_COLORS: Record<InterviewType, string> = {
  phone: 'grape',
  onsite: 'teal',
  online: 'blue',
};

/**
 * The label of a type sent as plain text (the dashboard's summary), the text itself for a type this app
 * does not know yet.
 */
export const interviewTypeLabel = (type: string): string =>
  (INTERVIEW_TYPE_LABELS as Record<string, string>)[type] ?? type;
