/** Messages between run.ts and a target process (target.ts). */
export type ToParent =
  | { type: 'ready'; url: string; token?: string; userId?: string; database: 'none' | 'pglite' | 'postgres' }
  /** Memory, and CPU time used so far (user + system) at `at` (ms, performance.timeOrigin based). */
  | { type: 'stats'; rss: number; heapUsed: number; cpuMicros: number; at: number }
  | { type: 'error'; message: string };

export type FromParent = { type: 'stats' } | { type: 'close' };
