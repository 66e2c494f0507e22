/**
 * `npm run bench:tracker`: latency of `GET /api/v1/dashboard` and `GET /api/v1/analytics/applications` for a
 * user with 10,000 applications (18 months of status histories), 2,000 interviews and 1,000 tasks, next to a
 * second user's data, on PGlite and (when DATABASE_URL is set) on PostgreSQL. The server runs in its own
 * process (target.ts); requests are sent one at a time over a keep-alive connection and timed here.
 */
import { Agent, request } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { createDatabase, Target } from './target-process.ts';

const env = process.env;
const REQUESTS = whole('BENCH_REQUESTS', 300);
const WARMUP = whole('BENCH_WARMUP_REQUESTS', 20);
const APPLICATIONS = whole('BENCH_TRACKER_APPLICATIONS', 10_000);
const INTERVIEWS = whole('BENCH_TRACKER_INTERVIEWS', 2_000);
const DATABASE_URL = env.DATABASE_URL || undefined;
const TARGETS = new Set((env.BENCH_TARGETS || 'pglite,postgres').split(',').map((t) => t.trim()));
const AIM_MS = 50;

const monthsAgo = (months: number) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
};
const ENDPOINTS = [
  { name: 'dashboard', path: '/api/v1/dashboard' },
  { name: 'analytics 12 months', path: '/api/v1/analytics/applications' },
  { name: 'analytics 24 months', path: `/api/v1/analytics/applications?from=${monthsAgo(24)}` },
] as const;

interface Row {
  target: string;
  endpoint: string;
  requests: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

function whole(name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number >= 0`);
  return n;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** One GET; resolves with the status, the body and the milliseconds from sending to the last byte. */
function get(url: string, token: string): Promise<{ status: number; body: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString(),
          ms: performance.now() - started,
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], p: number) =>
  sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** The answers must be right before their speed means anything: 200, the bench user's own totals. */
function check(endpoint: string, status: number, body: string) {
  if (status !== 200) throw new Error(`${endpoint} answered ${status}: ${body.slice(0, 500)}`);
  const data = JSON.parse(body).data;
  if (endpoint === 'dashboard') {
    if (data.responseRate.applied <= 0 || data.recentApplications.length === 0 || data.upcomingInterviews.length === 0)
      throw new Error(`dashboard looks empty: ${body.slice(0, 500)}`);
  } else if (endpoint === 'analytics 24 months' && data.total !== APPLICATIONS) {
    throw new Error(`analytics over 24 months counted ${data.total} applications, expected ${APPLICATIONS}`);
  } else if (data.total <= 0 || data.funnel.offer <= 0 || data.byFamily.length < 5) {
    throw new Error(`${endpoint} looks empty: ${body.slice(0, 500)}`);
  }
}

async function benchTarget(rows: Row[], label: string, databaseUrl: string | undefined) {
  const childEnv: NodeJS.ProcessEnv = {
    ...env,
    SEED_KIND: 'tracker',
    SEED_COUNT: String(APPLICATIONS),
    SEED_INTERVIEWS: String(INTERVIEWS),
  };
  delete childEnv.DATABASE_URL;
  if (databaseUrl) childEnv.DATABASE_URL = databaseUrl;
  const seeding = performance.now();
  const target = new Target('jobpilot', childEnv);
  try {
    const { url, token, database } = await target.next('ready', 600_000);
    if (!token) throw new Error('target sent no session token');
    const seconds = ((performance.now() - seeding) / 1000).toFixed(0);
    process.stdout.write(`  (${label}: server up on ${database}, data seeded in ${seconds} s)\n`);
    for (const endpoint of ENDPOINTS) {
      const first = await get(url + endpoint.path, token);
      check(endpoint.name, first.status, first.body);
      for (let i = 0; i < WARMUP; i++) await get(url + endpoint.path, token);
      const times: number[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        const res = await get(url + endpoint.path, token);
        if (res.status !== 200) throw new Error(`${endpoint.name} answered ${res.status} during the run`);
        times.push(res.ms);
      }
      times.sort((a, b) => a - b);
      const row: Row = {
        target: label,
        endpoint: endpoint.name,
        requests: times.length,
        p50: percentile(times, 50),
        p99: percentile(times, 99),
        mean: times.reduce((s, t) => s + t, 0) / times.length,
        max: times.at(-1) ?? NaN,
      };
      rows.push(row);
      process.stdout.write(`  ${label} ${endpoint.name}: p50 ${fmt(row.p50)} ms  p99 ${fmt(row.p99)} ms\n`);
    }
  } finally {
    await target.close();
  }
}

const fmt = (n: number) => n.toFixed(2);

function table(rows: Row[]): string {
  const head = ['target', 'endpoint', 'requests', 'p50 ms', 'p99 ms', 'mean ms', 'max ms'];
  const body = rows.map((r) => [
    r.target,
    r.endpoint,
    String(r.requests),
    fmt(r.p50),
    fmt(r.p99),
    fmt(r.mean),
    fmt(r.max),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i >= 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main(): Promise<number> {
  process.stdout.write(
    `JobPilot tracker benchmark: ${APPLICATIONS} applications, ${INTERVIEWS} interviews (plus a second user's ` +
      `data), ${REQUESTS} sequential requests per endpoint after ${WARMUP} warm-up, Node ${process.version}\n`,
  );
  for (const e of ENDPOINTS) process.stdout.write(`  ${e.name} = GET ${e.path}\n`);
  const [load1] = loadavg();
  process.stdout.write(`  ${availableParallelism()} CPUs, load average ${(load1 ?? 0).toFixed(2)} before the run\n`);
  if ((load1 ?? 0) > 0.5) process.stdout.write('  WARNING: the machine is busy; the figures will be noisy.\n');

  const rows: Row[] = [];
  if (TARGETS.has('pglite')) await benchTarget(rows, 'pglite', undefined);
  if (TARGETS.has('postgres') && DATABASE_URL) {
    const fresh = await createDatabase(DATABASE_URL);
    try {
      await benchTarget(rows, 'postgres', fresh.url);
    } finally {
      await fresh.drop();
    }
  } else if (TARGETS.has('postgres')) {
    process.stdout.write('  (postgres: skipped, DATABASE_URL is not set)\n');
  }
  agent.destroy();

  process.stdout.write(`\n${table(rows)}\n\n`);
  const pgRows = rows.filter((r) => r.target === 'postgres');
  if (pgRows.length > 0) {
    const worst = Math.max(...pgRows.map((r) => r.p99));
    process.stdout.write(
      `Aim: p99 under ${AIM_MS} ms on PostgreSQL for every endpoint: ${worst < AIM_MS ? 'yes' : 'no'} ` +
        `(worst p99 ${fmt(worst)} ms)\n`,
    );
  } else {
    process.stdout.write(`Aim: p99 under ${AIM_MS} ms on PostgreSQL for every endpoint: not measured\n`);
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  process.stderr.write(`ERROR: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
}
