import { z } from 'zod';
import { EMAIL_MAX, PASSWORD_MAX, PASSWORD_MIN } from './auth.js';
import { storableString, storableText } from './text.js';

/** Account settings (ADR 026): password, address, sessions, deleting the account. */

export const changePasswordSchema = z.object({
  currentPassword: storableString().min(1, { message: 'Enter your current password' }).max(PASSWORD_MAX),
  newPassword: storableString()
    .min(PASSWORD_MIN, { message: `Password must be at least ${PASSWORD_MIN} characters` })
    .max(PASSWORD_MAX, { message: `Password must be at most ${PASSWORD_MAX} characters` }),
});
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/** The new session's token (every session, this one included, was replaced). */
export const changePasswordResultSchema = z.object({ token: z.string() });

export const changeEmailSchema = z.object({
  newEmail: z
    .email({ message: 'Enter a valid email address' })
    .check(storableText())
    .max(EMAIL_MAX)
    .transform((v) => v.toLowerCase()),
});
export type ChangeEmailInput = z.input<typeof changeEmailSchema>;

export const accountSettingsSchema = z.object({
  email: z.string(),
  emailVerified: z.boolean(),
  /** An address asked for and not yet confirmed from its own mailbox; the account keeps `email` until then. */
  pendingEmail: z.string().nullable(),
});
export type AccountSettings = z.infer<typeof accountSettingsSchema>;

export const accountSessionSchema = z.object({
  id: z.uuid(),
  userAgent: z.string().nullable(),
  ipAddress: z.string().nullable(),
  createdAt: z.string(),
  lastActiveAt: z.string(),
  /** The session this request came from. */
  current: z.boolean(),
});
export type AccountSession = z.infer<typeof accountSessionSchema>;

export const revokedSessionsSchema = z.object({ revoked: z.number().int() });

export const deleteAccountSchema = z.object({
  password: storableString().min(1, { message: 'Enter your password to delete your account' }).max(PASSWORD_MAX),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
