/**
 * `npm run bench`: requests/s and latency of `GET /api/v1/applications` for a signed-in user with 1,000
 * applications, on PGlite and (when DATABASE_URL is set) on PostgreSQL, next to a bare Fastify
 * hello-world on the same machine. Each server runs in its own process; autocannon runs here.
 */
import { availableParallelism, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { FILTERED, LIST, type ListStatement, listStatements } from './list-sql.ts';
import { explainAll, type PlanSummary } from './plans.ts';
import { fmt, Latencies, type Row, table } from './report.ts';
import { createDatabase, Target } from './target-process.ts';

const env = process.env;
const DURATION = positive('BENCH_DURATION', 10);
const WARMUP = positive('BENCH_WARMUP', 2, { zeroOk: true });
const CONNECTIONS = positive('BENCH_CONNECTIONS', 20, { integer: true });
const SEED_COUNT = positive('BENCH_APPLICATIONS', 1000, { integer: true });
const DATABASE_URL = env.DATABASE_URL || undefined;
/** e.g. `gzip, deflate, br, zstd` (what Chromium sends): measures the list with its answers compressed. */
const ACCEPT_ENCODING = env.BENCH_ACCEPT_ENCODING || undefined;
const headersFor = (token: string | undefined): Record<string, string> => ({
  ...(token ? { authorization: `Bearer ${token}` } : {}),
  ...(ACCEPT_ENCODING ? { 'accept-encoding': ACCEPT_ENCODING } : {}),
});
const TARGETS = new Set((env.BENCH_TARGETS || 'bare,pglite,postgres,ceiling').split(',').map((t) => t.trim()));
/** Issue 7, requirement 10: the ceiling at 3x what it served before the list indexes, JobPilot at 60% of it. */
const CEILING_BEFORE = 1053;
const CEILING_AIM = 3;
const RATIO_AIM = 0.6;

function positive(name: string, fallback: number, opts: { zeroOk?: boolean; integer?: boolean } = {}): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  const ok = Number.isFinite(n) && (opts.zeroOk ? n >= 0 : n > 0) && (!opts.integer || Number.isInteger(n));
  if (!ok)
    throw new Error(`${name} must be ${opts.integer ? 'a whole number' : 'a number'} ${opts.zeroOk ? '>= 0' : '> 0'}`);
  return n;
}

function load(url: string, token: string | undefined, duration: number, latencies?: Latencies) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: CONNECTIONS, duration, headers: headersFor(token) },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    if (latencies) instance.on('response', (_client, _status, _bytes, ms) => latencies.record(ms));
  });
}

/** One request before the load: the endpoint must answer 200 with the expected body. */
async function check(url: string, token: string | undefined, expect: (body: unknown) => string | undefined) {
  const res = await fetch(url, { headers: headersFor(token) });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${text.slice(0, 500)}`);
  const body: unknown = JSON.parse(text);
  const problem = expect(body);
  if (problem) throw new Error(`GET ${url}: ${problem}`);
  return body;
}

async function measure(
  target: Target,
  name: string,
  base: string,
  path: string,
  token?: string,
  ceiling?: string,
): Promise<Row> {
  const url = base + path;
  if (WARMUP > 0) {
    const warm = await load(url, token, WARMUP);
    if (warm.non2xx > 0 || warm.errors > 0) {
      throw new Error(`${name}: warm-up got ${warm.non2xx} non-2xx responses and ${warm.errors} errors`);
    }
  }
  const latencies = new Latencies();
  const before = await target.stats();
  const r = await load(url, token, DURATION, latencies);
  const after = await target.stats();
  const row: Row = {
    target: name,
    rps: r.requests.total / r.duration,
    p50: latencies.percentile(50),
    p99: latencies.percentile(99),
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    cpu: (after.cpuMicros - before.cpuMicros) / 1000 / (after.at - before.at),
    rssMb: after.rss / 1024 / 1024,
    ...(ceiling ? { ceiling } : {}),
  };
  process.stdout.write(
    `  ${name.padEnd(18)} ${fmt(row.rps, 0).padStart(7)} req/s  p50 ${fmt(row.p50, 2)} ms  p99 ${fmt(row.p99, 2)} ms` +
      `  server CPU ${fmt(100 * row.cpu, 0)}%\n`,
  );
  return row;
}

const listBody = (total: number) => (body: unknown) => {
  const b = body as { data?: unknown[]; pagination?: { total?: number } };
  if (!Array.isArray(b.data) || b.data.length === 0) return 'no applications in the response';
  if (total >= 0 && b.pagination?.total !== total) return `expected ${total} in total, got ${b.pagination?.total}`;
  return undefined;
};

async function benchBare(rows: Row[]) {
  const target = new Target('bare', { ...env });
  try {
    const { url } = await target.next('ready', 60_000);
    await check(`${url}/hello`, undefined, (b) =>
      (b as { hello?: string }).hello === 'world' ? undefined : 'unexpected body',
    );
    rows.push(await measure(target, 'bare fastify', url, '/hello'));
  } finally {
    await target.close();
  }
}

/** Everything but the timestamp, which differs by the moment of the answer. */
const sameAnswer = (a: unknown, b: unknown) => {
  const strip = (x: unknown) => JSON.stringify({ ...(x as object), timestamp: undefined });
  return strip(a) === strip(b);
};

/**
 * The ceiling on the JobPilot target's own database: JobPilot's statements (plans printed first), answered by
 * Fastify + pg alone; each answer must equal JobPilot's.
 */
async function benchCeiling(rows: Row[], databaseUrl: string, statements: ListStatement[], jobpilot: Answers) {
  const target = new Target('ceiling', {
    ...env,
    DATABASE_URL: databaseUrl,
    BENCH_CEILING_STATEMENTS: JSON.stringify(statements),
  });
  try {
    const { url } = await target.next('ready', 60_000);
    for (const [path, answer] of Object.entries(jobpilot)) {
      const body = await check(url + path, undefined, listBody(-1));
      if (!sameAnswer(body, answer)) {
        const [ours, theirs] = [JSON.stringify(answer), JSON.stringify(body)];
        let at = 0;
        while (at < ours.length && ours[at] === theirs[at]) at++;
        throw new Error(
          `the ceiling's answer to ${path} is not JobPilot's; from character ${at}, JobPilot: ` +
            `${ours.slice(at, at + 120)} ceiling: ${theirs.slice(at, at + 120)}`,
        );
      }
    }
    rows.push(await measure(target, 'ceiling list', url, LIST));
    rows.push(await measure(target, 'ceiling filtered', url, FILTERED));
  } finally {
    await target.close();
  }
}

type Answers = Record<string, unknown>;

/**
 * `health`: also measure GET /health, the whole plugin/hook stack without a session or a query.
 * On PostgreSQL, the plans and the ceiling first (on the same database, JobPilot idle meanwhile).
 */
async function benchJobPilot(
  rows: Row[],
  label: string,
  databaseUrl: string | undefined,
  health: boolean,
): Promise<PlanSummary[]> {
  const childEnv: NodeJS.ProcessEnv = { ...env, SEED_COUNT: String(SEED_COUNT) };
  delete childEnv.DATABASE_URL;
  if (databaseUrl) childEnv.DATABASE_URL = databaseUrl;
  const target = new Target('jobpilot', childEnv);
  let plans: PlanSummary[] = [];
  try {
    const { url, token, userId, database } = await target.next('ready', 180_000);
    if (!token || !userId) throw new Error('target sent no session token or user id');
    process.stdout.write(`  (${label}: server up on ${database}, ${SEED_COUNT} applications seeded)\n`);
    const answers: Answers = {
      [LIST]: await check(url + LIST, token, listBody(SEED_COUNT)),
      [FILTERED]: await check(url + FILTERED, token, listBody(-1)),
    };
    if (health) {
      await check(`${url}/health`, undefined, (b) =>
        (b as { status?: string }).status === 'ok' ? undefined : 'unexpected body',
      );
      rows.push(await measure(target, 'jobpilot /health', url, '/health'));
    }
    const ceiling = databaseUrl && TARGETS.has('ceiling');
    if (databaseUrl) {
      const statements = await listStatements(userId);
      process.stdout.write(`\n  Plans of the list statements on ${label} (EXPLAIN ANALYZE, BUFFERS):\n`);
      plans = await explainAll(databaseUrl, statements, process.stdout);
      process.stdout.write('\n');
      if (ceiling) {
        const measured = statements.filter((s) => s.path in answers);
        await benchCeiling(rows, databaseUrl, measured, answers);
      }
    }
    rows.push(await measure(target, `${label} list`, url, LIST, token, ceiling ? 'ceiling list' : undefined));
    rows.push(
      await measure(target, `${label} filtered`, url, FILTERED, token, ceiling ? 'ceiling filtered' : undefined),
    );
  } finally {
    await target.close();
  }
  return plans;
}

function planTable(plans: PlanSummary[]): string {
  const head = `  ${'statement'.padEnd(20)}  ${'sorts rows'.padEnd(10)}  planning ms  execution ms`;
  const lines = plans.map(
    (p) =>
      `  ${p.label.padEnd(20)}  ${(p.sorted ? 'yes' : 'no').padEnd(10)}  ${fmt(p.planningMs, 3).padStart(11)}` +
      `  ${fmt(p.executionMs, 3).padStart(12)}`,
  );
  return [head, ...lines].join('\n');
}

async function main(): Promise<number> {
  process.stdout.write(
    `JobPilot HTTP benchmark: ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per row, ` +
      `${SEED_COUNT} applications, Node ${process.version}` +
      `${ACCEPT_ENCODING ? `, Accept-Encoding: ${ACCEPT_ENCODING}` : ''}\n` +
      `  bare = GET /hello, list = GET ${LIST}, filtered = GET ${FILTERED} (all as a signed-in user)\n`,
  );
  const [load1] = loadavg();
  process.stdout.write(`  ${availableParallelism()} CPUs, load average ${fmt(load1 ?? 0, 2)} before the run\n`);
  if ((load1 ?? 0) > 0.5) process.stdout.write('  WARNING: the machine is busy; the figures will be noisy.\n');
  const rows: Row[] = [];
  let plans: PlanSummary[] = [];
  if (TARGETS.has('bare')) await benchBare(rows);
  if (TARGETS.has('pglite')) await benchJobPilot(rows, 'pglite', undefined, true);
  if (TARGETS.has('postgres') && DATABASE_URL) {
    const fresh = await createDatabase(DATABASE_URL);
    try {
      plans = await benchJobPilot(rows, 'postgres', fresh.url, !TARGETS.has('pglite'));
    } finally {
      await fresh.drop();
    }
  } else if (TARGETS.has('postgres')) {
    process.stdout.write('  (postgres: skipped, DATABASE_URL is not set)\n');
  }

  process.stdout.write(`\n${table(rows)}\n\n`);
  if (plans.length > 0) process.stdout.write(`${planTable(plans)}\n\n`);
  const ceiling = rows.find((r) => r.target === 'ceiling list');
  const pgList = rows.find((r) => r.target === 'postgres list');
  const yes = (ok: boolean) => (ok ? 'yes' : 'no');
  if (plans.length > 0) {
    const sorting = plans.filter((p) => p.sorted).map((p) => p.label);
    process.stdout.write(
      `Every list statement reads its page in index order (no sort): ${yes(sorting.length === 0)}` +
        `${sorting.length > 0 ? ` (sorting: ${sorting.join(', ')})` : ''}\n`,
    );
  }
  if (ceiling && pgList) {
    const aim = CEILING_BEFORE * CEILING_AIM;
    const ratio = pgList.rps / ceiling.rps;
    process.stdout.write(
      `Aim: the ceiling (Fastify + pg) at >= ${CEILING_AIM}x ${fmt(CEILING_BEFORE, 0)} = ${fmt(aim, 0)} req/s: ` +
        `${yes(ceiling.rps >= aim)} (${fmt(ceiling.rps, 0)} req/s)\n` +
        `Aim: JobPilot list on PostgreSQL at >= ${RATIO_AIM * 100}% of the ceiling: ${yes(ratio >= RATIO_AIM)} ` +
        `(${fmt(100 * ratio, 1)}%)\n`,
    );
  } else {
    process.stdout.write('Aims (ceiling, JobPilot vs ceiling): not measured (they need DATABASE_URL)\n');
  }

  const failed = rows.filter((r) => r.non2xx > 0 || r.errors > 0 || r.requests === 0);
  for (const r of failed) {
    process.stderr.write(
      `ERROR: ${r.target}: ${r.non2xx} non-2xx responses, ${r.errors} errors, ${r.requests} requests\n`,
    );
  }
  return failed.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  process.stderr.write(`ERROR: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
}
