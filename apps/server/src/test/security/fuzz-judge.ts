import { ERROR_STATUS } from '@jobpilot/contracts';
import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from '#test/app.ts';
import type { FuzzRequest } from './fuzz-cases.ts';

/**
 * The longest one request may take. This is a detector for super-linear validation (a backtracking
 * pattern, a quadratic parser) that turns one small request into seconds of a blocked event loop, not a
 * performance assertion. Measured on a loaded 2-core machine: the slowest request here takes about
 * 0.5 s (send-verification), while the phone pattern before 93ae2c1 took 3 s for 20,000 digits and a
 * `!`, growing with the square of the length. The bound sits far from both, so load does not decide.
 */
export const SLOW_MS = 2_000;

/** What a run saw: answers by status and one reproduction per distinct failure. */
export class Tally {
  readonly byStatus: Record<number, number> = {};
  readonly failures = new Map<string, string>();
  requests = 0;
  slowest = { ms: 0, what: '' };

  /** Sends `req` as request number `index`, timing it, and records what is wrong with the answer. */
  async send(t: TestApp, req: FuzzRequest, index: number): Promise<void> {
    const started = performance.now();
    const res = await t.app.inject({ method: req.method, url: req.url, headers: req.headers, payload: req.body });
    const ms = performance.now() - started;
    this.requests += 1;
    this.byStatus[res.statusCode] = (this.byStatus[res.statusCode] ?? 0) + 1;
    if (ms > this.slowest.ms) this.slowest = { ms, what: `${req.method} ${req.url.slice(0, 80)} (${req.kind})` };
    const problem = ms > SLOW_MS ? `took ${Math.round(ms)} ms` : check(req, res);
    if (!problem) return;
    // One reproduction per bug: a slow or failing field per operation, an envelope break per status and code.
    const route = `${req.method} ${req.url.split('?')[0]}`;
    const sameBug =
      ms > SLOW_MS
        ? `${route} slow: ${req.kind.split(':')[0]}`
        : res.statusCode >= 500
          ? `${route} 5xx`
          : `${res.statusCode} ${problem} ${codeOf(res)}`;
    if (!this.failures.has(sameBug)) this.failures.set(sameBug, reproduction(index, req, res, problem));
  }

  /** True when an earlier request to this operation and field was already too slow: no need to wait again. */
  knownSlow(req: FuzzRequest): boolean {
    return this.failures.has(`${req.method} ${req.url.split('?')[0]} slow: ${req.kind.split(':')[0]}`);
  }

  summary(label: string, seconds: number): string {
    const slowest = `slowest ${Math.round(this.slowest.ms)} ms: ${this.slowest.what}`;
    return `fuzz ${label}: ${this.requests} requests in ${seconds.toFixed(1)} s, by status ${JSON.stringify(this.byStatus)}, ${slowest}`;
  }

  report(): string {
    return `${this.failures.size} distinct failures\n${[...this.failures.values()].join('\n\n')}`;
  }
}

/**
 * What is wrong with an answer, or undefined: a 5xx; the answer the request had to get (a cross-site write:
 * 403); a 4xx outside the error envelope, with a code not in the catalogue or a status not the code's.
 */
export function check(req: FuzzRequest, res: LightMyRequestResponse): string | undefined {
  if (res.statusCode >= 500) return 'server error';
  const expected = req.expect?.filter((e) => e.status === res.statusCode);
  if (expected?.length === 0) return `expected ${req.expect?.map((e) => e.status).join(' or ')}`;
  if (res.statusCode < 400) return undefined;
  if (!String(res.headers['content-type']).startsWith('application/json')) return 'error is not JSON';
  let body: {
    success?: unknown;
    error?: { code?: unknown; message?: unknown };
    statusCode?: unknown;
    timestamp?: unknown;
  };
  try {
    body = res.json();
  } catch {
    return 'error body does not parse';
  }
  if (body.success !== false) return 'envelope: success is not false';
  const code = body.error?.code;
  if (typeof code !== 'string' || !code) return 'envelope: no error.code';
  if (!Object.hasOwn(ERROR_STATUS, code)) return `envelope: error.code ${code} is not in ERROR_STATUS`;
  if (ERROR_STATUS[code as keyof typeof ERROR_STATUS] !== res.statusCode) {
    return `envelope: ${code} is ${ERROR_STATUS[code as keyof typeof ERROR_STATUS]} in ERROR_STATUS`;
  }
  if (expected && !expected.some((e) => e.code === code)) return `expected ${expected.map((e) => e.code).join(' or ')}`;
  if (typeof body.error?.message !== 'string' || !body.error.message) return 'envelope: no error.message';
  if (body.statusCode !== res.statusCode) return `envelope: statusCode ${String(body.statusCode)}`;
  if (typeof body.timestamp !== 'string' || Number.isNaN(Date.parse(body.timestamp))) return 'envelope: no timestamp';
  return undefined;
}

const codeOf = (res: LightMyRequestResponse) => /"code":"(\w+)"/.exec(res.body)?.[1] ?? '';

function reproduction(index: number, req: FuzzRequest, res: LightMyRequestResponse, problem: string): string {
  const show = (b: string | Buffer | undefined) => {
    if (b === undefined) return '(none)';
    const text = Buffer.isBuffer(b) ? `hex ${b.toString('hex')}` : JSON.stringify(b);
    return text.length > 600 ? `${text.slice(0, 600)}… (${b.length} chars)` : text;
  };
  return [
    `#${index} ${problem}: ${res.statusCode} (${req.kind})`,
    `  ${req.method} ${req.url.length > 300 ? `${req.url.slice(0, 300)}… (${req.url.length} chars)` : req.url}`,
    `  headers ${JSON.stringify(req.headers)}`,
    `  body ${show(req.body)}`,
    `  answer ${res.body.slice(0, 300)}`,
  ].join('\n');
}
