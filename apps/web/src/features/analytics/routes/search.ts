import { isoDateSchema } from '@jobpilot/contracts';
import { z } from 'zod';

/** `/analytics?from=2025-01-01&to=2025-12-31`; an invalid date falls back to the default range. */
export const analyticsSearchSchema = z.object({
  from: isoDateSchema.optional().catch(undefined),
  to: isoDateSchema.optional().catch(undefined),
});
export type AnalyticsSearch = z.infer<typeof analyticsSearchSchema>;
