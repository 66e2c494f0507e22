import { z } from 'zod';

/** `/applications/board?q=acme`; anything invalid falls back to no search. */
export const boardSearchSchema = z.object({
  q: z.string().optional().catch(undefined),
});
export type BoardSearch = z.infer<typeof boardSearchSchema>;
