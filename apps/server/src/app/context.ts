import type { Logger } from 'pino';
import type { Config } from '#platform/config.ts';
import { type Database, openDatabase } from '#platform/db.ts';
import { createEventBus } from '#platform/events.ts';
import { createFileStore } from '#platform/files/file-store.ts';
import type { ApiOf, ModuleDefinition, ModuleParts, RouteSet } from '#platform/module.ts';
import { createQueue } from '#platform/queue.ts';
import { createParsePool } from '#platform/untrusted/pool.ts';
import { MODULES } from './modules.ts';

type Modules = (typeof MODULES)[number];
/** Each module's API by its name: `ctx.api.mail.outbox`. */
export type ModuleApis = { [M in Modules as M['name']]: ApiOf<M> };

/**
 * The composition root: opens the database, makes the queue, the event bus and the parse pool, then builds
 * each module in list order, handing its jobs to the queue and its handlers to the bus.
 */
export async function createContext(config: Config, log: Logger, opts: { database?: Database } = {}) {
  const database = opts.database ?? (await openDatabase(config));
  await database.migrate();
  const { db } = database;

  const queue = createQueue({ database, databaseUrl: config.databaseUrl, log, pollSeconds: config.queuePollSeconds });
  const events = createEventBus({ queue, log });
  // Uploaded documents are parsed in worker threads with time and heap limits (platform/untrusted).
  // One worker starts with the server, so the first upload after boot does not wait; tests start theirs on use.
  const parser = createParsePool({ tasks: MODULES.flatMap((m) => m.parseTasks ?? []), warm: config.env !== 'test' });
  const files = createFileStore(config.dataDir);

  const built = new Map<ModuleDefinition<unknown, string>, ModuleParts<unknown>>();
  const use = <A>(module: ModuleDefinition<A, string>): A => {
    const parts = built.get(module as ModuleDefinition<unknown, string>);
    if (!parts) throw new Error(`module ${module.name} is used before it is built: move it up in src/app/modules.ts`);
    return parts.api as A;
  };
  const routeSets: RouteSet[] = [];
  const api: Record<string, unknown> = {};
  for (const module of MODULES as readonly ModuleDefinition<unknown, string>[]) {
    const parts = await module.build({
      config,
      log: log.child({ module: module.name }),
      db,
      queue,
      events,
      files,
      parser,
      use,
    });
    built.set(module, parts);
    api[module.name] = parts.api;
    routeSets.push(...(parts.routes ?? []));
    queue.register([...(parts.jobs ?? []), ...events.subscribe(module.name, parts.handles ?? [])]);
  }

  return {
    config,
    log,
    database,
    queue,
    events,
    routeSets,
    api: api as ModuleApis,
    async close() {
      await queue.stop();
      await parser.close();
      for (const parts of built.values()) await parts.close?.();
      await database.close();
    },
  };
}

export type Context = Awaited<ReturnType<typeof createContext>>;
