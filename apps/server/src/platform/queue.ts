import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Database } from './db.ts';

/** A background job as data: a name, the payload's schema and the handler that runs it. */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  schema: S;
  handler: (payload: z.infer<S>) => Promise<void>;
  /** Retries before the job is given up (default 3). */
  retryLimit?: number;
}

export function defineJob<S extends z.ZodType>(job: JobDefinition<S>): JobDefinition<S> {
  return job;
}

export interface Queue {
  /** Validates the payload and enqueues it; returns the job id. */
  send<S extends z.ZodType>(job: JobDefinition<S>, payload: z.input<S>): Promise<string>;
  /** Starts pg-boss; with `work`, this process also runs the registered jobs. */
  start(opts: { work: boolean }): Promise<void>;
  stop(): Promise<void>;
}

/** pg-boss on the application database: through PGlite's `executeSql` adapter or a PostgreSQL pool of its own. */
export function createQueue(opts: {
  database: Database;
  databaseUrl?: string;
  jobs: JobDefinition[];
  log: Logger;
  pollSeconds: number;
}): Queue {
  const { database, jobs, log } = opts;
  const boss = database.executeSql
    ? new PgBoss({ db: { executeSql: database.executeSql as never }, schema: 'pgboss' })
    : new PgBoss({ connectionString: opts.databaseUrl, schema: 'pgboss', max: 4 });
  boss.on('error', (err) => log.error({ err }, 'queue error'));
  let started: Promise<void> | undefined;

  async function start({ work }: { work: boolean }) {
    await boss.start();
    for (const job of jobs) {
      await boss.createQueue(job.name, { name: job.name, retryLimit: job.retryLimit ?? 3, retryBackoff: true });
      if (!work) continue;
      await boss.work(job.name, { pollingIntervalSeconds: opts.pollSeconds }, async (batch) => {
        for (const item of batch) {
          await job.handler(job.schema.parse(item.data));
          log.info({ job: job.name, jobId: item.id }, 'job done');
        }
      });
    }
  }

  return {
    async send(job, payload) {
      const data = job.schema.parse(payload) as object;
      const id = await boss.send(job.name, data);
      if (!id) throw new Error(`queue refused job ${job.name}`);
      return id;
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
