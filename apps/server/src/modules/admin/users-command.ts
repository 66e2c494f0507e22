import { USER_ROLES, type UserRole } from '@jobpilot/contracts';
import { isRole } from '#platform/access.ts';

export const USERS_USAGE = `Usage: jobpilot users promote <email> --role <${USER_ROLES.join('|')}>`;

/** A mistake on the command line: the message says what to type instead. */
export class UsersCommandError extends Error {}

/** `users promote alice@example.com --role admin` → what to change. */
export function parseUsersArgs(argv: string[]): { email: string; role: UserRole } {
  const [verb, email, ...rest] = argv;
  if (verb !== 'promote') throw new UsersCommandError(`Unknown command "${verb ?? ''}".\n${USERS_USAGE}`);
  if (!email || email.startsWith('--') || !email.includes('@')) {
    throw new UsersCommandError(`Name the account by its email address.\n${USERS_USAGE}`);
  }
  let role: string | undefined;
  for (let i = 0; i < rest.length; i += 1) {
    const [flag, inline] = (rest[i] ?? '').split(/=(.*)/s, 2);
    if (flag !== '--role') throw new UsersCommandError(`Unknown option "${rest[i]}".\n${USERS_USAGE}`);
    role = inline ?? rest[++i];
  }
  if (!isRole(role)) {
    throw new UsersCommandError(`--role must be one of ${USER_ROLES.join(', ')}.\n${USERS_USAGE}`);
  }
  return { email: email.toLowerCase(), role };
}
