import { z } from 'zod';

/** `/outbox?page=2` */
export const outboxSearchSchema = z.object({
  page: z.number().int().min(1).optional().catch(undefined),
});
