import { z } from 'zod';

export const outboxMessageSchema = z.object({
  id: z.uuid(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string().nullable(),
  createdAt: z.string(),
});
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

/** How this server delivers mail: through SMTP, or kept in the outbox for `npx jobpilot outbox` (ADR 013). */
export const MAIL_DELIVERIES = ['smtp', 'outbox'] as const;
export const mailDeliverySchema = z.object({ delivery: z.enum(MAIL_DELIVERIES) });
export type MailDelivery = z.infer<typeof mailDeliverySchema>;
