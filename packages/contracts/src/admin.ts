import { z } from 'zod';
import { pageQuerySchema } from './envelope.js';
import { storableString } from './text.js';

/** The roles an account can hold; `admin` manages users, `employer` posts jobs (later). */
export const USER_ROLES = ['user', 'employer', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const ADMIN_SEARCH_MAX = 200;

/** An account as an administrator sees it. `lastSeenAt`: the latest session activity (sessions refresh daily). */
export const adminUserSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(USER_ROLES),
  emailVerified: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.string(),
  lastSeenAt: z.string().nullable(),
});
export type AdminUser = z.infer<typeof adminUserSchema>;

/** `GET /admin/users`: search by name or address, filter by role, newest first. */
export const listAdminUsersQuerySchema = pageQuerySchema.extend({
  q: storableString().trim().max(ADMIN_SEARCH_MAX).optional(),
  role: z.enum(USER_ROLES).optional(),
});

/** `PATCH /admin/users/:id`: another role, or the account disabled (its sessions end at once) or enabled again. */
export const updateAdminUserSchema = z
  .object({
    role: z.enum(USER_ROLES).optional(),
    disabled: z.boolean().optional(),
  })
  .strict()
  .refine((v) => v.role !== undefined || v.disabled !== undefined, {
    message: 'Change the role or disable the account',
  });

export const AUDIT_ACTIONS = ['user.role-changed', 'user.disabled', 'user.enabled'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One administrative action. `actorId` is null when an operator ran `jobpilot users` on the server. */
export const auditEntrySchema = z.object({
  id: z.uuid(),
  actorId: z.uuid().nullable(),
  actorEmail: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  targetId: z.uuid(),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
