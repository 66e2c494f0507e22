import { z } from 'zod';

/** `/login?redirect=/applications%3Fpage%3D2` — where to go after signing in. */
export const loginSearchSchema = z.object({
  redirect: z.string().optional().catch(undefined),
});

/** `/reset-password?token=…` and `/verify-email?token=…`, the links JobPilot mails. */
export const tokenSearchSchema = z.object({
  token: z.string().optional().catch(undefined),
});

/** Only same-site paths are followed after signing in; without one, the dashboard. */
export function safeRedirect(redirect: string | undefined): string {
  return redirect?.startsWith('/') && !redirect.startsWith('//') ? redirect : '/';
}
