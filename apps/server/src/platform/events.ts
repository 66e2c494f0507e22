import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Db, ExecuteSql } from './db.ts';
import { defineJob, type JobDefinition, type Queue } from './queue.ts';

/**
 * A domain event: a name (`<module>.<what happened>`) and the schema of its payload. The module that emits it
 * declares it in its `<module>.events.ts` and exports it from its entry file, so a handler names the event
 * object itself and a renamed field breaks the compiler.
 *
 * @example
 * export const interviewsChanged = defineEvent('interviews.changed', z.object({ userId: z.uuid() }));
 */
export interface DomainEvent<S extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly schema: S;
}

export function defineEvent<S extends z.ZodType>(name: string, schema: S): DomainEvent<S> {
  return { name, schema };
}

export type EventPayload<E extends DomainEvent> = z.infer<E['schema']>;

/**
 * How a module reacts to an event. In-process handlers run inside `emit`, so their effect belongs to the request
 * that emitted it (a failure fails the request). Durable handlers run as a pg-boss job that `emit` enqueues — in
 * the caller's transaction when it passes one — so the effect survives a crash and is retried.
 */
export interface EventSubscription<E extends DomainEvent = DomainEvent> {
  event: E;
  /**
   * `tx` is the emitter's open transaction (in-process handlers only): write through it, or the handler waits on
   * a transaction that cannot commit before it returns.
   */
  handle(payload: EventPayload<E>, context: { tx?: Db | undefined }): Promise<void>;
  durable?: {
    retryLimit?: number;
    /** At most one job per key within this many seconds, plus one waiting for the next slot. */
    debounce?: { seconds: number; key(payload: EventPayload<E>): string };
  };
}

/** Declares a handler with the payload typed from the event. */
export function on<E extends DomainEvent>(
  event: E,
  handle: (payload: EventPayload<E>, context: { tx?: Db | undefined }) => Promise<void>,
  options: Pick<EventSubscription<E>, 'durable'> = {},
): EventSubscription<E> {
  return { event, handle, ...options };
}

export interface EventBus {
  /**
   * Validates the payload, runs the in-process handlers and enqueues a job for each durable one. With `tx`
   * (a Drizzle transaction), the jobs are inserted in that transaction: they exist exactly when it commits.
   */
  emit<E extends DomainEvent>(event: E, payload: z.input<E['schema']>, options?: { tx?: Db }): Promise<void>;
}

export interface EventRegistry extends EventBus {
  /** Adds a module's handlers; returns the jobs that carry its durable ones, for the queue. */
  subscribe(module: string, subscriptions: EventSubscription[]): JobDefinition[];
}

/** The in-process bus, with durable delivery through the queue. */
export function createEventBus(deps: { queue: Queue; log: Logger }): EventRegistry {
  const inProcess = new Map<string, EventSubscription[]>();
  const durable = new Map<string, { job: JobDefinition; subscription: EventSubscription }[]>();

  return {
    subscribe(module, subscriptions) {
      const jobs: JobDefinition[] = [];
      for (const subscription of subscriptions) {
        const { event } = subscription;
        if (!subscription.durable) {
          inProcess.set(event.name, [...(inProcess.get(event.name) ?? []), subscription]);
          continue;
        }
        const job = defineJob({
          name: `${module}.on.${event.name}`,
          schema: event.schema,
          retryLimit: subscription.durable.retryLimit,
          handler: (payload) => subscription.handle(payload, {}),
        });
        durable.set(event.name, [...(durable.get(event.name) ?? []), { job, subscription }]);
        jobs.push(job);
      }
      return jobs;
    },

    async emit(event, input, options = {}) {
      const payload = event.schema.parse(input);
      for (const { job, subscription } of durable.get(event.name) ?? []) {
        const debounce = subscription.durable?.debounce;
        const db = options.tx ? executeSqlIn(options.tx) : undefined;
        await deps.queue.send(
          job,
          payload,
          debounce ? { singletonKey: debounce.key(payload), debounceSeconds: debounce.seconds, db } : { db },
        );
      }
      for (const subscription of inProcess.get(event.name) ?? []) {
        await subscription.handle(payload, { tx: options.tx });
      }
      deps.log.debug({ event: event.name }, 'event emitted');
    },
  };
}

/**
 * pg-boss's `db` option over a Drizzle transaction: its statements go to the transaction's own connection (the
 * pooled client on node-postgres, PGlite's transaction object), exactly as pg-boss wrote them. (Rebuilding them as
 * Drizzle SQL would turn a `$5` used twice into two parameters, which PostgreSQL may type differently.)
 */
function executeSqlIn(tx: Db): ExecuteSql {
  const client = (tx as unknown as { session?: { client?: Queryable } }).session?.client;
  if (!client || typeof client.query !== 'function') {
    throw new Error('emit({ tx }) needs a Drizzle transaction of this database');
  }
  return async (text, values = []) => {
    const result = await client.query(text, values);
    return { rows: result.rows };
  };
}

interface Queryable {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}
