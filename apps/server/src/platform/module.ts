import type { FastifyPluginAsync, FastifyPluginOptions } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Access } from './access.ts';
import type { Config } from './config.ts';
import type { Db } from './db.ts';
import type { EventBus, EventSubscription } from './events.ts';
import type { FileStore } from './files/file-store.ts';
import type { JobDefinition, Queue } from './queue.ts';
import type { ParseRunner, ParseTask } from './untrusted/task.ts';

/**
 * A module's manifest, exported from `modules/<name>/index.ts` (the only file other code may import): its tables,
 * the untrusted-document parses it runs, and `build`, which returns its API for the modules after it, its routes
 * with the access they need, its jobs (with their schedules) and the events it handles. The composition root
 * (`src/app/`) builds the modules in the order of its list. See ADR 016.
 */
export interface ModuleDefinition<Api = unknown, Name extends string = string> {
  name: Name;
  /** Drizzle tables (and views) this module owns; nothing else writes them. */
  tables: Record<string, unknown>;
  parseTasks?: ParseTask<never, unknown>[];
  build(context: ModuleContext): ModuleParts<Api> | Promise<ModuleParts<Api>>;
}

export interface ModuleParts<Api> {
  /** What other modules may call (they get it through `context.use(module)`). */
  api: Api;
  routes?: RouteSet[];
  /** Background jobs this module owns; a job's `schedule` runs it on a cron. */
  jobs?: JobDefinition[];
  /** Reactions to other modules' events. */
  handles?: EventSubscription[];
  /** Called once at shutdown, after the queue has stopped. */
  close?(): void | Promise<void>;
}

/**
 * A Fastify plugin mounted under /api/v1, the options it is registered with, and the access every route in it
 * needs unless the route says otherwise in its own `config.access`.
 */
export interface RouteSet {
  plugin: FastifyPluginAsync<never>;
  options: unknown;
  access: Access;
}

/** Pairs a plugin with its options, type-checked against each other. */
export function routes<O extends FastifyPluginOptions>(
  plugin: FastifyPluginAsyncZod<O>,
  options: O,
  access: Access,
): RouteSet {
  return { plugin: plugin as unknown as FastifyPluginAsync<never>, options, access };
}

/** What the composition root hands each module's `build`. */
export interface ModuleContext {
  config: Config;
  log: Logger;
  db: Db;
  queue: Queue;
  events: EventBus;
  files: FileStore;
  parser: ParseRunner;
  /** The API of a module built earlier in the list (throws if it comes later: the list's order is wrong). */
  use<A>(module: ModuleDefinition<A, string>): A;
}

export type ApiOf<M> = M extends ModuleDefinition<infer A, string> ? A : never;

/** Declares a manifest with its API type inferred from `build`. */
export function defineModule<Api, const Name extends string>(
  definition: ModuleDefinition<Api, Name>,
): ModuleDefinition<Api, Name> {
  return definition;
}
