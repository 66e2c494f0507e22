/**
 * The ceiling for the list endpoint, in its own process: Fastify + `pg`, no auth, no ORM, no validation. For each
 * request it runs JobPilot's own page-and-count statement (list-sql.ts, passed in BENCH_CEILING_STATEMENTS) on the
 * same database (a named statement when JobPilot's is one) and answers the same JSON envelope. What JobPilot adds on top of this is its own cost.
 *
 * Talks to run.ts over IPC like target.ts: `ready`, `stats`, `close`.
 */
import { paginate } from '@jobpilot/contracts';
import Fastify from 'fastify';
import pg from 'pg';
import type { ListStatement } from './list-sql.ts';
import type { FromParent, ToParent } from './protocol.ts';

const send = (message: ToParent) => process.send?.(message);
const DATE_OID = 1082;
const HIDDEN = new Set(['userId', 'boardPosition']);

/** snake_case column → camelCase field, as toApplication names them. */
const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

const statements = new Map<string, ListStatement>(
  (JSON.parse(process.env.BENCH_CEILING_STATEMENTS ?? '[]') as ListStatement[]).map((s) => [s.path, s]),
);
// `date` stays YYYY-MM-DD as in the API; timestamptz becomes a Date, serialised as ISO 8601 like the API's.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID ? (v: string) => v : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
pool.on('error', () => undefined);
const app = Fastify({ logger: false });

app.get('/api/v1/applications', async (request, reply) => {
  const statement = statements.get(request.url);
  if (!statement) return reply.status(404).send({ success: false, error: { message: 'No such statement' } });
  const { name, text, values } = statement;
  const result = await pool.query({ ...(name ? { name } : {}), text, values, rowMode: 'array', types });
  // The last column is the count, the one before it the row's tags (an unnamed json_agg); user_id and the board
  // position are not part of the API's application.
  const names = result.fields.map((f) => camel(f.name));
  const last = names.length - 1;
  names[last - 1] = 'tags';
  const rows = result.rows as unknown[][];
  const data = rows.map((row) => {
    const item: Record<string, unknown> = {};
    for (let i = 0; i < last; i++) if (!HIDDEN.has(names[i] as string)) item[names[i] as string] = row[i];
    return item;
  });
  const total = Number(rows[0]?.[last] ?? 0);
  return {
    success: true,
    data,
    pagination: paginate(statement.page, statement.limit, total),
    timestamp: new Date().toISOString(),
  };
});

let closing = false;
async function close(code: number) {
  if (closing) return;
  closing = true;
  setTimeout(() => process.exit(code || 1), 10_000).unref();
  await app.close().catch(() => undefined);
  await pool.end().catch(() => undefined);
  process.exit(code);
}

process.on('message', (message: FromParent) => {
  if (message.type === 'stats') {
    const { rss, heapUsed } = process.memoryUsage();
    const { user, system } = process.cpuUsage();
    send({ type: 'stats', rss, heapUsed, cpuMicros: user + system, at: performance.timeOrigin + performance.now() });
  } else if (message.type === 'close') {
    void close(0);
  }
});
process.on('disconnect', () => void close(0));

try {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('server is not listening on a TCP port');
  send({ type: 'ready', url: `http://127.0.0.1:${address.port}`, database: 'postgres' });
} catch (err) {
  send({ type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  await close(1);
}
