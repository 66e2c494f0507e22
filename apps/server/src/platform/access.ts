import { ErrorCode } from '@jobpilot/contracts';
import { AppError } from '#platform/errors.ts';

/** The roles an account can hold (identity stores one per user). */
export const ROLES = ['user', 'employer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: every service method that touches someone's data takes one of these, never a bare user id. */
export interface Actor {
  userId: string;
  role: Role;
  /** The employer organisation the actor is acting for, once organisations exist. */
  organizationId?: string;
}

/** A signed-in request's actor plus what the pages show of the person (their address, their name). */
export interface Principal extends Actor {
  email: string;
  name: string;
  emailVerified: boolean;
}

/**
 * What a role may do beyond using its own data. A permission names an action on a kind of thing; routes
 * declare the one they need (`{ permission: 'users:manage' }`) and the check below is the only place that reads
 * this table.
 */
const GRANTS = {
  user: [],
  employer: [],
  admin: ['users:read', 'users:manage', 'audit:read'],
} as const satisfies Record<Role, readonly string[]>;

export type Permission = (typeof GRANTS)['admin'][number];

/**
 * The access a route needs: anyone (`public`), a signed-in user (`user`), or a signed-in user whose role grants
 * a permission. Declared on every route under /api/v1 (the module manifest gives each route set a default).
 */
export type Access = 'public' | 'user' | { permission: Permission };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether the actor's role grants the permission. */
export function can(actor: Actor, permission: Permission): boolean {
  return (GRANTS[actor.role] as readonly string[]).includes(permission);
}

/**
 * The one access check: 401 without a principal when one is needed, 403 when the role lacks the permission.
 * ("Not yours" is never decided here: repositories scope rows by owner, so another user's row answers 404.)
 */
export function checkAccess(access: Access, principal: Principal | undefined): void {
  if (access === 'public') return;
  if (!principal) throw new AppError(ErrorCode.Unauthenticated, 'Sign in to continue');
  if (access === 'user') return;
  if (!can(principal, access.permission)) {
    throw new AppError(ErrorCode.Forbidden, 'Your account is not allowed to do this.');
  }
}

/** The actor of a user acting on their own data (background jobs, tests, the CLI). */
export function userActor(userId: string, role: Role = 'user'): Actor {
  return { userId, role };
}
