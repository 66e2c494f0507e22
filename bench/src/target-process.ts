/** Starting, talking to and stopping a benchmark target process (target.ts); a throw-away PostgreSQL database. */
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { FromParent, ToParent } from './protocol.ts';

const SCRIPTS = { bare: './target.ts', jobpilot: './target.ts', ceiling: './ceiling.ts' } as const;

/** A target server in a child process, run through tsx like the `jobpilot` command. */
export class Target {
  private readonly child: ChildProcess;
  private readonly waiting: ((m: ToParent) => boolean)[] = [];
  private readonly exited: Promise<number | null>;

  constructor(kind: keyof typeof SCRIPTS, childEnv: NodeJS.ProcessEnv) {
    const cpuProf = childEnv.BENCH_CPU_PROF || undefined;
    this.child = fork(fileURLToPath(new URL(SCRIPTS[kind], import.meta.url)), [kind], {
      execArgv: ['--import', 'tsx', ...(cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${cpuProf}`] : [])],
      env: childEnv,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (m: ToParent) => {
      const i = this.waiting.findIndex((w) => w(m));
      if (i >= 0) this.waiting.splice(i, 1);
    });
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  /** The next message of `type`; rejects on an `error` message or when the process exits first. */
  next<T extends ToParent['type']>(type: T, timeoutMs: number): Promise<Extract<ToParent, { type: T }>> {
    return new Promise((resolve, reject) => {
      const waiter = (m: ToParent) => {
        if (m.type === 'error') {
          clearTimeout(timer);
          reject(new Error(`target failed:\n${m.message}`));
          return true;
        }
        if (m.type !== type) return false;
        clearTimeout(timer);
        resolve(m as Extract<ToParent, { type: T }>);
        return true;
      };
      const timer = setTimeout(() => {
        const i = this.waiting.indexOf(waiter);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(new Error(`target sent no "${type}" within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiting.push(waiter);
      void this.exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`target exited (code ${code}) before sending "${type}"`));
      });
    });
  }

  send(message: FromParent) {
    this.child.send(message);
  }

  async stats() {
    const stats = this.next('stats', 5_000);
    this.send({ type: 'stats' });
    return stats;
  }

  /** Asks the target to shut down cleanly; kills it (by its own pid) if it does not within 20 s. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    if (this.child.connected) this.send({ type: 'close' });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 20_000);
    await this.exited;
    clearTimeout(timer);
  }
}

/** A new, empty database on the PostgreSQL server of `serverUrl`, dropped again by `drop()`. */
export async function createDatabase(serverUrl: string) {
  const name = `jobpilot_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
