import {
  type CreateInterviewInput,
  createInterviewSchema,
  INTERVIEW_DURATION_DEFAULT,
  type Interview,
  type InterviewType,
} from '@jobpilot/contracts';
import type { FormErrors } from '@mantine/form';
import { zodErrors } from '#lib/form-errors';
import { browserZone, fromWallTime, localDate, toWallTime } from './zoned-time';

/** What the form edits: the start as wall-clock date and time in the chosen zone. */
export interface InterviewFormValues {
  applicationId: string;
  company: string;
  position: string;
  date: string;
  time: string;
  timezone: string;
  durationMinutes: number | string;
  type: InterviewType;
  location: string;
  meetingUrl: string;
  details: string;
}

/** The next full hour today, in the browser's zone. */
function nextHour(): { date: string; time: string } {
  const now = new Date();
  now.setMinutes(0, 0, 0);
  now.setHours(now.getHours() + 1);
  return { date: localDate(now), time: `${String(now.getHours()).padStart(2, '0')}:00` };
}

export function toFormValues(interview: Interview | null, day?: string): InterviewFormValues {
  if (!interview) {
    const start = nextHour();
    return {
      applicationId: '',
      company: '',
      position: '',
      date: day ?? start.date,
      time: start.time,
      timezone: browserZone(),
      durationMinutes: INTERVIEW_DURATION_DEFAULT,
      type: 'online',
      location: '',
      meetingUrl: '',
      details: '',
    };
  }
  const wall = toWallTime(interview.scheduledAt, interview.timezone);
  return {
    applicationId: interview.applicationId ?? '',
    company: interview.company,
    position: interview.position,
    date: wall.date,
    time: wall.time,
    timezone: interview.timezone,
    durationMinutes: interview.durationMinutes,
    type: interview.type,
    location: interview.location ?? '',
    meetingUrl: interview.meetingUrl ?? '',
    details: interview.details ?? '',
  };
}

/** The request body; the place field the type does not use is cleared. */
export function toInterviewInput(v: InterviewFormValues): CreateInterviewInput {
  return {
    applicationId: v.applicationId || null,
    company: v.company,
    position: v.position,
    scheduledAt: fromWallTime(v.date, v.time, v.timezone) ?? '',
    timezone: v.timezone,
    durationMinutes: typeof v.durationMinutes === 'number' ? v.durationMinutes : Number.NaN,
    type: v.type,
    location: v.type === 'online' ? null : v.location,
    meetingUrl: v.type === 'online' ? v.meetingUrl : null,
    details: v.details,
  };
}

/** The shared schema's errors, with the start's error put under the date field the person edits. */
export function validateInterview(values: InterviewFormValues): FormErrors {
  const errors = zodErrors(createInterviewSchema, toInterviewInput(values));
  if (errors.scheduledAt) {
    errors.date = values.date && values.time ? errors.scheduledAt : 'Enter the date and time';
    delete errors.scheduledAt;
  }
  return errors;
}
