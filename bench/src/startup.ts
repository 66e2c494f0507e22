/**
 * `npm run startup -w @jobpilot/bench` (part of `npm run bench`): how long `jobpilot serve` on PGlite takes from
 * the command to a healthy `/health`, and how much memory the idle server holds, for the compiled server
 * (apps/server/dist, built first if stale) and for the TypeScript sources through tsx. Each row is the median of
 * BENCH_STARTS starts; "first start" is on an empty DATA_DIR (database created and migrated), "restart" on the
 * data directory the first start left.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt } from './report.ts';

const bin = fileURLToPath(new URL('../../apps/server/bin/jobpilot.js', import.meta.url));
const build = fileURLToPath(new URL('../../apps/server/scripts/build.js', import.meta.url));
const STARTS = Number(process.env.BENCH_STARTS || 3);
const IDLE_MS = Number(process.env.BENCH_IDLE_MS || 10_000);
const AIMS = { startSeconds: 5, idleRssMb: 300 };

interface Start {
  seconds: number;
  rssMb: number;
}

/** RSS of the process from /proc (what the operating system holds for it), in MB. */
function rssOf(pid: number): number {
  const kb = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1];
  return Number(kb ?? 0) / 1024;
}

async function startOnce(dataDir: string, fromSource: boolean, port: number): Promise<Start> {
  const started = performance.now();
  const env = { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' };
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: { ...env, WEB_DIST: '/nonexistent', ...(fromSource ? { JOBPILOT_FROM_SOURCE: '1' } : {}) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`jobpilot serve exited (${child.exitCode}) before it was healthy`);
      if (performance.now() - started > 120_000) throw new Error('jobpilot serve was not healthy within 120 s');
      const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const seconds = (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, IDLE_MS));
    return { seconds, rssMb: rssOf(child.pid as number) };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function main() {
  process.stdout.write(
    `Start-up: jobpilot serve on PGlite, ${STARTS} starts per row (median), idle RSS ${IDLE_MS / 1000} s after healthy\n`,
  );
  const built = spawnSync(process.execPath, [build], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (built.status !== 0) throw new Error('the server did not compile');
  const rows: [string, Start][] = [];
  for (const [label, fromSource] of [
    ['compiled', false],
    ['sources (tsx)', true],
  ] as const) {
    const first: Start[] = [];
    const again: Start[] = [];
    for (let i = 0; i < STARTS; i++) {
      const dataDir = mkdtempSync(join(tmpdir(), 'jobpilot-startup-'));
      try {
        first.push(await startOnce(dataDir, fromSource, 3900 + i));
        again.push(await startOnce(dataDir, fromSource, 3900 + i));
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
    const summary = (xs: Start[]): Start => ({
      seconds: median(xs.map((x) => x.seconds)),
      rssMb: median(xs.map((x) => x.rssMb)),
    });
    rows.push([`${label}, first start`, summary(first)], [`${label}, restart`, summary(again)]);
  }
  process.stdout.write(`\n${'target'.padEnd(28)}  healthy after s  idle RSS MB\n`);
  for (const [label, s] of rows) {
    process.stdout.write(`${label.padEnd(28)}  ${fmt(s.seconds, 2).padStart(15)}  ${fmt(s.rssMb, 0).padStart(11)}\n`);
  }
  const restart = rows.find(([l]) => l === 'compiled, restart')?.[1];
  if (restart) {
    const yes = (ok: boolean) => (ok ? 'yes' : 'no');
    process.stdout.write(
      `\nAim: the compiled server healthy in under ${AIMS.startSeconds} s: ${yes(restart.seconds < AIMS.startSeconds)}` +
        ` (${fmt(restart.seconds, 2)} s)\nAim: idle RSS under ${AIMS.idleRssMb} MB: ` +
        `${yes(restart.rssMb < AIMS.idleRssMb)} (${fmt(restart.rssMb, 0)} MB)\n`,
    );
  }
}

try {
  await main();
} catch (err) {
  process.stderr.write(`ERROR: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
}
