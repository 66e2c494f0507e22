/**
 * `npm run bench`: requests/s and latency of `GET /api/v1/applications` for a signed-in user with 1,000
 * applications, on PGlite and (when DATABASE_URL is set) on PostgreSQL, next to a bare Fastify
 * hello-world on the same machine. Each server runs in its own process; autocannon runs here.
 */
import { availableParallelism, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { createDatabase, Target } from './target-process.ts';

const env = process.env;
const DURATION = positive('BENCH_DURATION', 10);
const WARMUP = positive('BENCH_WARMUP', 2, { zeroOk: true });
const CONNECTIONS = positive('BENCH_CONNECTIONS', 20, { integer: true });
const SEED_COUNT = positive('BENCH_APPLICATIONS', 1000, { integer: true });
const DATABASE_URL = env.DATABASE_URL || undefined;
const TARGETS = new Set((env.BENCH_TARGETS || 'bare,pglite,postgres').split(',').map((t) => t.trim()));
const AIM = 0.25;

const LIST = '/api/v1/applications?limit=20';
const FILTERED = '/api/v1/applications?status=applied&q=eng&sort=company';

interface Row {
  target: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** Server process CPU time over the measured run / its wall time (100% = one core busy). */
  cpu: number;
  rssMb: number;
}

/** Latencies at 10 µs resolution (autocannon's own histogram rounds to whole milliseconds). */
class Latencies {
  private readonly buckets = new Uint32Array(200_000);
  private readonly slow: number[] = [];
  private count = 0;

  record(ms: number) {
    const i = Math.floor(ms * 100);
    if (i < this.buckets.length) this.buckets[i] = (this.buckets[i] ?? 0) + 1;
    else this.slow.push(ms);
    this.count++;
  }

  percentile(p: number): number {
    const rank = Math.ceil((p / 100) * this.count);
    let seen = 0;
    for (let i = 0; i < this.buckets.length; i++) {
      seen += this.buckets[i] ?? 0;
      if (seen >= rank) return (i + 0.5) / 100;
    }
    this.slow.sort((a, b) => a - b);
    return this.slow[rank - seen - 1] ?? Number.NaN;
  }
}

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
      { url, connections: CONNECTIONS, duration, headers: token ? { authorization: `Bearer ${token}` } : {} },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    if (latencies) instance.on('response', (_client, _status, _bytes, ms) => latencies.record(ms));
  });
}

/** One request before the load: the endpoint must answer 200 with the expected body. */
async function check(url: string, token: string | undefined, expect: (body: unknown) => string | undefined) {
  const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${text.slice(0, 500)}`);
  const problem = expect(JSON.parse(text));
  if (problem) throw new Error(`GET ${url}: ${problem}`);
}

async function measure(target: Target, name: string, base: string, path: string, token?: string): Promise<Row> {
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

/** `health`: also measure GET /health, the whole plugin/hook stack without a session or a query. */
async function benchJobPilot(rows: Row[], label: string, databaseUrl: string | undefined, health: boolean) {
  const childEnv: NodeJS.ProcessEnv = { ...env, SEED_COUNT: String(SEED_COUNT) };
  delete childEnv.DATABASE_URL;
  if (databaseUrl) childEnv.DATABASE_URL = databaseUrl;
  const target = new Target('jobpilot', childEnv);
  try {
    const { url, token, database } = await target.next('ready', 180_000);
    if (!token) throw new Error('target sent no session token');
    process.stdout.write(`  (${label}: server up on ${database}, ${SEED_COUNT} applications seeded)\n`);
    await check(url + LIST, token, listBody(SEED_COUNT));
    await check(url + FILTERED, token, listBody(-1));
    if (health) {
      await check(`${url}/health`, undefined, (b) =>
        (b as { status?: string }).status === 'ok' ? undefined : 'unexpected body',
      );
      rows.push(await measure(target, 'jobpilot /health', url, '/health'));
    }
    rows.push(await measure(target, `${label} list`, url, LIST, token));
    rows.push(await measure(target, `${label} filtered`, url, FILTERED, token));
  } finally {
    await target.close();
  }
}

function fmt(n: number, digits: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function table(rows: Row[]): string {
  const bare = rows.find((r) => r.target === 'bare fastify');
  const head = ['target', 'req/s', 'p50 ms', 'p99 ms', 'vs bare', 'requests', 'non-2xx', 'errors', 'CPU', 'RSS MB'];
  const body = rows.map((r) => [
    r.target,
    fmt(r.rps, 0),
    fmt(r.p50, 2),
    fmt(r.p99, 2),
    bare ? `${fmt((100 * r.rps) / bare.rps, 1)}%` : '-',
    String(r.requests),
    String(r.non2xx),
    String(r.errors),
    `${fmt(100 * r.cpu, 0)}%`,
    fmt(r.rssMb, 0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const numeric = (i: number) => i >= 1;
  const line = (cells: string[]) =>
    cells.map((c, i) => (numeric(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main(): Promise<number> {
  process.stdout.write(
    `JobPilot HTTP benchmark: ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per row, ` +
      `${SEED_COUNT} applications, Node ${process.version}\n` +
      `  bare = GET /hello, list = GET ${LIST}, filtered = GET ${FILTERED} (all as a signed-in user)\n`,
  );
  const [load1] = loadavg();
  process.stdout.write(`  ${availableParallelism()} CPUs, load average ${fmt(load1 ?? 0, 2)} before the run\n`);
  if ((load1 ?? 0) > 0.5) process.stdout.write('  WARNING: the machine is busy; the figures will be noisy.\n');
  const rows: Row[] = [];
  if (TARGETS.has('bare')) await benchBare(rows);
  if (TARGETS.has('pglite')) await benchJobPilot(rows, 'pglite', undefined, true);
  if (TARGETS.has('postgres') && DATABASE_URL) {
    const fresh = await createDatabase(DATABASE_URL);
    try {
      await benchJobPilot(rows, 'postgres', fresh.url, !TARGETS.has('pglite'));
    } finally {
      await fresh.drop();
    }
  } else if (TARGETS.has('postgres')) {
    process.stdout.write('  (postgres: skipped, DATABASE_URL is not set)\n');
  }

  process.stdout.write(`\n${table(rows)}\n\n`);
  const bare = rows.find((r) => r.target === 'bare fastify');
  const pgList = rows.find((r) => r.target === 'postgres list');
  if (bare && pgList) {
    const ratio = pgList.rps / bare.rps;
    process.stdout.write(
      `Aim: PostgreSQL list at >= ${AIM * 100}% of the bare server's req/s: ${ratio >= AIM ? 'yes' : 'no'} ` +
        `(${fmt(100 * ratio, 1)}%)\n`,
    );
  } else {
    process.stdout.write(`Aim: PostgreSQL list at >= ${AIM * 100}% of the bare server's req/s: not measured\n`);
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
