import { describe, expect, it } from 'vitest';
import { type InterviewFormValues, toFormValues, toInterviewInput, validateInterview } from './interview-form-values';

const values = (overrides: Partial<InterviewFormValues> = {}): InterviewFormValues => ({
  ...toFormValues(null, '2031-05-12'),
  company: 'Acme',
  position: 'Engineer',
  time: '14:00',
  timezone: 'Europe/Berlin',
  ...overrides,
});

describe('interview form', () => {
  it('saves an online interview without a meeting link', () => {
    expect(validateInterview(values({ type: 'online', meetingUrl: '' }))).toEqual({});
    expect(toInterviewInput(values({ type: 'online', meetingUrl: '' })).meetingUrl).toBe('');
    expect(validateInterview(values({ type: 'online', meetingUrl: 'meet dot com' })).meetingUrl).toMatch(/http/);
  });

  it('refuses a length above 24 hours with a message, and takes exactly 24 hours', () => {
    expect(validateInterview(values({ durationMinutes: 1441 })).durationMinutes).toBe(
      'An interview can last at most 24 hours (1440 minutes)',
    );
    expect(validateInterview(values({ durationMinutes: 1440 }))).toEqual({});
  });
});
