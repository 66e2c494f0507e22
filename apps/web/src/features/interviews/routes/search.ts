import { interviewTypeSchema } from '@jobpilot/contracts';
import { z } from 'zod';

export const INTERVIEW_VIEWS = ['list', 'month', 'week'] as const;
export type InterviewView = (typeof INTERVIEW_VIEWS)[number];

/** Which interviews the list shows: from the start of today on, soonest first, or before today, newest first. */
export const INTERVIEW_WHENS = ['upcoming', 'past'] as const;
export type InterviewWhen = (typeof INTERVIEW_WHENS)[number];

/** Interviews per page of the list. */
export const PAGE_SIZE = 20;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * `/interviews?view=month&date=2026-05-01&type=[…]&when=past&from=…&to=…&page=2&id=…`: the view, the day the
 * calendar shows, the type filter, upcoming or past (the list; upcoming when absent), the list's date range
 * (local dates), the list's page and an interview to open; anything invalid falls back to the default.
 */
export const interviewsSearchSchema = z.object({
  view: z.enum(INTERVIEW_VIEWS).optional().catch(undefined),
  date: day.optional().catch(undefined),
  type: z.array(interviewTypeSchema).optional().catch(undefined),
  when: z.enum(INTERVIEW_WHENS).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  page: z.number().int().min(1).optional().catch(undefined),
  id: z.uuid().optional().catch(undefined),
});
export type InterviewsSearch = z.infer<typeof interviewsSearchSchema>;
