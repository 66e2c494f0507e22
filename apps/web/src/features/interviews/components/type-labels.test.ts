import { INTERVIEW_TYPES } from '@jobpilot/contracts';
import { describe, expect, it } from 'vitest';
import { INTERVIEW_TYPE_LABELS, interviewTypeLabel } from '#lib/interview-types';
import { TYPE_LABELS } from './format';

describe('interview type labels', () => {
  it('are the same on the dashboard and on the Interviews page', () => {
    for (const type of INTERVIEW_TYPES) expect(interviewTypeLabel(type)).toBe(TYPE_LABELS[type]);
    expect(interviewTypeLabel('online')).toBe('Online');
    expect(interviewTypeLabel('onsite')).toBe('Onsite');
  });

  it('name every type the API knows, and show an unknown one as it came', () => {
    expect(Object.keys(INTERVIEW_TYPE_LABELS).sort()).toEqual([...INTERVIEW_TYPES].sort());
    expect(interviewTypeLabel('hologram')).toBe('hologram');
  });
});
