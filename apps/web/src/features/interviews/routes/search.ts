import { interviewTypeSchema } from '@jobpilot/contracts';
import { z } from 'zod';

export const INTERVIEW_VIEWS = ['list', 'month', 'week'] as const;
export type InterviewView = (typeof INTERVIEW_VIEWS)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * `/interviews?view=month&date=2026-05-01&type=[…]&from=…&to=…&id=…`: the view, the day the calendar
 * shows, the type filter, the list's date range (local dates) and an interview to open; anything invalid
 * falls back to the default.
 */
export const interviewsSearchSchema = z.object({
  view: z.enum(INTERVIEW_VIEWS).optional().catch(undefined),
  date: day.optional().catch(undefined),
  type: z.array(interviewTypeSchema).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  id: z.uuid().optional().catch(undefined),
});
export type InterviewsSearch = z.infer<typeof interviewsSearchSchema>;
