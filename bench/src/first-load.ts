/**
 * `npm run first-load -w @jobpilot/bench` (part of `npm run bench`): what a cold visit downloads and how soon it
 * paints. Builds what is stale (`npm run build`), starts the compiled `jobpilot serve` on PGlite in a fresh
 * temporary DATA_DIR, registers a user through the API, then opens the sign-in page (signed out) and the dashboard
 * (signed in, the session cookie set) in Chromium, each in a new browser context (empty cache), on a throttled
 * network (1.6 Mbps down, 750 kbps up, 150 ms RTT) and a 4x slower CPU. Prints per page: the JavaScript the
 * browser downloaded (as sent, brotli; the same files again asked for with gzip only; uncompressed), all bytes
 * transferred, and the largest contentful paint (median of BENCH_FIRST_LOAD_RUNS visits).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { fmt } from './report.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'apps', 'server', 'bin', 'jobpilot.js');
const PORT = Number(process.env.BENCH_PORT || 3311);
const RUNS = Number(process.env.BENCH_FIRST_LOAD_RUNS || 3);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SESSION_COOKIE = 'jobpilot.session_token';
/** Issue 8, requirement 7. */
const AIMS = { jsGzipKb: 200, lcpMs: 2500 };
/** Lighthouse's "slow 4G" profile, in bytes per second and milliseconds. */
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;
/** `BENCH_FIRST_LOAD_FILES=1` also lists each script of a page with its gzip size, largest first. */
const LIST_FILES = process.env.BENCH_FIRST_LOAD_FILES === '1';

interface Visit {
  jsFiles: string[];
  /** Bytes of JavaScript bodies as transferred (the encoding the browser chose). */
  jsSent: number;
  encodings: Set<string>;
  /** Every response body and header as transferred. */
  total: number;
  requests: number;
  lcpMs: number;
}

interface PageRow {
  page: string;
  visit: Visit;
  jsGzip: number;
  jsRaw: number;
  lcpRuns: number[];
}

async function startServer(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: String(PORT), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`jobpilot serve exited (${child.exitCode}) before it was healthy`);
    if (performance.now() - started > 120_000) throw new Error('jobpilot serve was not healthy within 120 s');
    const ok = await fetch(`http://127.0.0.1:${PORT}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Registers a user; returns the session cookie's value as the server set it. */
async function register(base: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'first-load@example.com', password: 'correct-horse-battery', name: 'First Load' }),
  });
  if (res.status !== 201) throw new Error(`registering the bench user answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('registering the bench user set no session cookie');
  return decodeURIComponent(cookie.slice(SESSION_COOKIE.length + 1).split(';')[0] ?? '');
}

/** One cold visit: a new context (no cache), throttled, until `ready` is visible and the network is quiet. */
async function visit(browser: Browser, url: string, ready: string, session?: string): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    if (session) await context.addCookies([{ name: SESSION_COOKIE, value: session, url }]);
    // In the page (a string: this package has no DOM types): the latest largest-contentful-paint candidate.
    await context.addInitScript({
      content: `window.__lcp = 0; new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__lcp = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });`,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const result: Visit = { jsFiles: [], jsSent: 0, encodings: new Set(), total: 0, requests: 0, lcpMs: 0 };
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      pending.push(
        (async () => {
          const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
          result.requests++;
          result.total += sizes.responseBodySize + sizes.responseHeadersSize;
          if (request.resourceType() !== 'script') return;
          result.jsFiles.push(request.url());
          result.jsSent += sizes.responseBodySize;
          result.encodings.add((await response?.headerValue('content-encoding')) || 'identity');
        })(),
      );
    });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.getByRole('heading', { name: ready, level: 1 }).waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    await Promise.all(pending);
    result.lcpMs = Number(await page.evaluate('window.__lcp'));
    if (!page.url().startsWith(url)) throw new Error(`${url} went to ${page.url()} instead`);
    return result;
  } finally {
    await context.close();
  }
}

/** Encodings the server answered with where another was asked for (shown under the table). */
const notAsAsked = new Set<string>();

/** The same JavaScript files asked for with one encoding: bytes of the bodies as sent. */
async function sizeOf(files: string[], encoding: 'gzip' | 'identity', each?: Map<string, number>): Promise<number> {
  let bytes = 0;
  for (const file of files) {
    const res = await fetch(file, { headers: { 'accept-encoding': encoding } });
    const sent = res.headers.get('content-encoding') ?? 'identity';
    if (sent !== encoding) notAsAsked.add(sent);
    // fetch decodes the body; the length on the wire is the header, or the decoded length when sent as is.
    const body = await res.arrayBuffer();
    const length = Number(res.headers.get('content-length') ?? body.byteLength);
    each?.set(file, length);
    bytes += length;
  }
  return bytes;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const kb = (bytes: number) => fmt(bytes / 1024, 1);

async function measurePage(
  browser: Browser,
  page: string,
  url: string,
  ready: string,
  session?: string,
): Promise<PageRow> {
  const visits: Visit[] = [];
  for (let i = 0; i < RUNS; i++) visits.push(await visit(browser, url, ready, session));
  const first = visits[0] as Visit;
  const each = new Map<string, number>();
  const row: PageRow = {
    page,
    visit: first,
    jsGzip: await sizeOf(first.jsFiles, 'gzip', each),
    jsRaw: await sizeOf(first.jsFiles, 'identity'),
    lcpRuns: visits.map((v) => v.lcpMs),
  };
  process.stdout.write(
    `  ${page}: ${first.jsFiles.length} scripts, LCP ${row.lcpRuns.map((ms) => fmt(ms, 0)).join(' · ')} ms\n`,
  );
  if (LIST_FILES) {
    for (const [file, bytes] of [...each].sort((a, b) => b[1] - a[1])) {
      process.stdout.write(`    ${kb(bytes).padStart(7)} KB  ${new URL(file).pathname}\n`);
    }
  }
  return row;
}

function table(rows: PageRow[]): string {
  const head = [
    'page',
    'JS files',
    'JS sent KB',
    'sent as',
    'JS gzip KB',
    'JS raw KB',
    'total KB',
    'requests',
    'LCP ms',
  ];
  const lines = rows.map((r) => [
    r.page,
    String(r.visit.jsFiles.length),
    kb(r.visit.jsSent),
    [...r.visit.encodings].sort().join('+'),
    kb(r.jsGzip),
    kb(r.jsRaw),
    kb(r.visit.total),
    String(r.visit.requests),
    fmt(median(r.lcpRuns), 0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const pad = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)));
  return [pad(head), ...lines.map(pad)].map((cells) => cells.join('  ')).join('\n');
}

async function main() {
  process.stdout.write(
    `First load: cold visits in Chromium, ${NETWORK.downloadThroughput / 131072} Mbps down / ` +
      `${(NETWORK.uploadThroughput * 8) / 1024} kbps up / ${NETWORK.latency} ms RTT, CPU ${CPU_SLOWDOWN}x slower, ` +
      `${RUNS} visits per page (LCP: median)\n`,
  );
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.js')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (built.status !== 0) throw new Error('the build failed');
  const dataDir = mkdtempSync(join(tmpdir(), 'jobpilot-first-load-'));
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer(dataDir);
    const base = `http://127.0.0.1:${PORT}`;
    const session = await register(base);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const rows = [
      await measurePage(browser, 'sign-in (/login)', `${base}/login`, 'Sign in to JobPilot'),
      await measurePage(browser, 'dashboard (/)', `${base}/`, 'Dashboard', session),
    ];
    process.stdout.write(`\n${table(rows)}\n\n`);
    if (notAsAsked.size > 0) {
      process.stdout.write(`Note: some files asked for with gzip came as ${[...notAsAsked].join(', ')} instead.\n`);
    }
    const yes = (ok: boolean) => (ok ? 'yes' : 'no');
    for (const r of rows) {
      const lcp = median(r.lcpRuns);
      process.stdout.write(
        `Aim: ${r.page}: JS <= ${AIMS.jsGzipKb} KB gzip: ${yes(r.jsGzip / 1024 <= AIMS.jsGzipKb)} (${kb(r.jsGzip)} KB); ` +
          `LCP under ${AIMS.lcpMs / 1000} s: ${yes(lcp < AIMS.lcpMs)} (${fmt(lcp, 0)} ms)\n`,
      );
    }
  } finally {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise<void>((resolve) => server?.once('exit', () => resolve()));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (err) {
  process.stderr.write(`ERROR: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
}
