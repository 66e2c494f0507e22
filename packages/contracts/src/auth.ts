import { z } from 'zod';
import { storableString, storableText } from './text.js';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
export const NAME_MAX = 100;
export const EMAIL_MAX = 254;

const email = z
  .email({ message: 'Enter a valid email address' })
  .check(storableText())
  .max(EMAIL_MAX)
  .transform((v) => v.toLowerCase());
const password = storableString()
  .min(PASSWORD_MIN, { message: `Password must be at least ${PASSWORD_MIN} characters` })
  .max(PASSWORD_MAX, { message: `Password must be at most ${PASSWORD_MAX} characters` });

export const registerSchema = z.object({
  email,
  password,
  name: storableString().trim().min(1, { message: 'Enter your name' }).max(NAME_MAX),
});
export type RegisterInput = z.input<typeof registerSchema>;

export const loginSchema = z.object({
  email,
  password: storableString().min(1, { message: 'Enter your password' }).max(PASSWORD_MAX),
});
export type LoginInput = z.input<typeof loginSchema>;

export const forgotPasswordSchema = z.object({ email });
export const resetPasswordSchema = z.object({
  token: storableString().min(1, { message: 'The reset link is missing its token' }),
  password,
});
export const verifyEmailSchema = z.object({
  token: storableString().min(1, { message: 'The verification link is missing its token' }),
});

export const userSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  emailVerified: z.boolean(),
  role: z.string(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const loginResultSchema = z.object({ user: userSchema, token: z.string() });
export type LoginResult = z.infer<typeof loginResultSchema>;
