import { sql } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Database, Db, ExecuteSql } from './db.ts';

/** A background job as data: a name, the payload's schema and the handler that runs it. */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  schema: S;
  handler: (payload: z.infer<S>) => Promise<void>;
  /** Retries before the job is given up (default 3). */
  retryLimit?: number;
  /** Also runs the job on a cron schedule (UTC, e.g. `* * * * *`) with this payload; the workers pick it up. */
  schedule?: { cron: string; payload: z.input<S> };
}

/** pg-boss send options JobPilot uses: a delayed start, or debouncing per key (one job per slot, the next queued). */
export interface SendOptions {
  startAfter?: Date;
  /** With `debounceSeconds`: at most one job per key and slot, plus one waiting for the next slot. */
  singletonKey?: string;
  debounceSeconds?: number;
  /** Insert the job through this connection (a transaction's), so it exists exactly when that commits. */
  db?: ExecuteSql | undefined;
}

export function defineJob<S extends z.ZodType>(job: JobDefinition<S>): JobDefinition<S> {
  return job;
}

export interface Queue {
  /** Validates the payload and enqueues it; returns the job id. */
  send<S extends z.ZodType>(job: JobDefinition<S>, payload: z.input<S>): Promise<string>;
  /** The same with options; null when debouncing found a job for this key already waiting. */
  send<S extends z.ZodType>(job: JobDefinition<S>, payload: z.input<S>, options: SendOptions): Promise<string | null>;
  /** Adds jobs before `start` (the composition root hands over each module's). */
  register(jobs: JobDefinition[]): void;
  /**
   * Deletes the jobs (waiting, done or failed; not one running now) whose payload contains any of `needles`,
   * e.g. an account's id and address when it is deleted (ADR 026). In `tx` when given.
   */
  forgetJobsMentioning(needles: string[], tx?: Db): Promise<void>;
  /** Starts pg-boss; with `work`, this process also runs the registered jobs. */
  start(opts: { work: boolean }): Promise<void>;
  stop(): Promise<void>;
}

/** PostgreSQL's `deadlock_detected`. */
const DEADLOCK = '40P01';

/** pg-boss on the application database: through PGlite's `executeSql` adapter or a PostgreSQL pool of its own. */
export function createQueue(opts: {
  database: Database;
  databaseUrl?: string;
  jobs?: JobDefinition[];
  log: Logger;
  pollSeconds: number;
}): Queue {
  const { database, log } = opts;
  const jobs = [...(opts.jobs ?? [])];
  const boss = database.executeSql
    ? new PgBoss({ db: { executeSql: database.executeSql as never }, schema: 'pgboss' })
    : new PgBoss({ connectionString: opts.databaseUrl, schema: 'pgboss', max: 4 });
  boss.on('error', (err) => log.error({ err }, 'queue error'));
  let started: Promise<void> | undefined;

  /**
   * Creates a job's queue unless it exists. Processes starting together on one server can deadlock inside
   * pg-boss's `create_queue` (both insert the row, then both alter the job table): the loser retries.
   */
  async function ensureQueue(job: JobDefinition) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        if (await boss.getQueue(job.name)) return;
        await boss.createQueue(job.name, { name: job.name, retryLimit: job.retryLimit ?? 3, retryBackoff: true });
        return;
      } catch (err) {
        if ((err as { code?: string }).code !== DEADLOCK || attempt >= 5) throw err;
        await new Promise((resolve) => setTimeout(resolve, attempt * 100 + Math.random() * 100));
      }
    }
  }

  async function start({ work }: { work: boolean }) {
    await boss.start();
    for (const job of jobs) {
      await ensureQueue(job);
      if (job.schedule)
        await boss.schedule(job.name, job.schedule.cron, job.schema.parse(job.schedule.payload) as object);
      if (!work) continue;
      await boss.work(job.name, { pollingIntervalSeconds: opts.pollSeconds }, async (batch) => {
        for (const item of batch) {
          await job.handler(job.schema.parse(item.data));
          log.info({ job: job.name, jobId: item.id }, 'job done');
        }
      });
    }
  }

  async function send<S extends z.ZodType>(job: JobDefinition<S>, payload: z.input<S>, options?: SendOptions) {
    const data = job.schema.parse(payload) as object;
    if (!options) {
      const id = await boss.send(job.name, data);
      if (!id) throw new Error(`queue refused job ${job.name}`);
      return id;
    }
    const { debounceSeconds, db, ...sendOptions } = options;
    const through = db ? { db: { executeSql: db } } : {};
    if (debounceSeconds) {
      return boss.sendDebounced(job.name, data, through, debounceSeconds, options.singletonKey ?? job.name);
    }
    return boss.send(job.name, data, { ...sendOptions, ...through });
  }

  return {
    send: send as Queue['send'],
    async forgetJobsMentioning(needles, tx = database.db) {
      if (needles.length === 0) return;
      const mentions = sql.join(
        needles.map((needle) => sql`strpos(data::text, ${needle}) > 0`),
        sql` or `,
      );
      await tx.execute(sql`delete from pgboss.job where state <> 'active' and (${mentions})`);
    },
    register(more) {
      if (started) throw new Error('jobs are registered before the queue starts');
      for (const job of more) {
        if (jobs.some((j) => j.name === job.name)) throw new Error(`two jobs are named ${job.name}`);
        jobs.push(job);
      }
    },
    start(o) {
      started ??= start(o);
      return started;
    },
    async stop() {
      if (!started) return;
      await started.catch(() => undefined);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
