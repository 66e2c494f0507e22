import { z } from 'zod';
import { applicationSchema, statusChangeSchema } from './applications.js';
import { interviewTypeSchema } from './interviews.js';

/** Moves a board card within its column: after the card `afterId`, or first when it is null (ADR 024). */
export const moveApplicationSchema = z.object({
  afterId: z.uuid({ message: 'Not a valid application id' }).nullable(),
});
export type MoveApplicationInput = z.input<typeof moveApplicationSchema>;

export const workspaceTaskSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  dueAt: z.string().nullable(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
});
export type WorkspaceTask = z.infer<typeof workspaceTaskSchema>;

export const workspaceInterviewSchema = z.object({
  id: z.uuid(),
  scheduledAt: z.string(),
  timezone: z.string(),
  durationMinutes: z.number().int(),
  type: interviewTypeSchema,
  location: z.string().nullable(),
  createdAt: z.string(),
});
export type WorkspaceInterview = z.infer<typeof workspaceInterviewSchema>;

export const workspaceContactSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  position: z.string().nullable(),
  company: z.string().nullable(),
  emails: z.array(z.string()),
});
export type WorkspaceContact = z.infer<typeof workspaceContactSchema>;

/**
 * Everything about one application for its page, in one answer: the posting, its status history (oldest
 * first), its tasks (by due date), its interviews (soonest first) and the contacts linked to it.
 */
export const applicationWorkspaceSchema = z.object({
  application: applicationSchema,
  history: z.array(statusChangeSchema),
  tasks: z.array(workspaceTaskSchema),
  interviews: z.array(workspaceInterviewSchema),
  contacts: z.array(workspaceContactSchema),
});
export type ApplicationWorkspace = z.infer<typeof applicationWorkspaceSchema>;
