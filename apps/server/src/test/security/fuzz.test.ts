import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { registerUser, type SignedInUser } from '#test/client.ts';
import { type FuzzRequest, malformedRequest, prng } from './fuzz-cases.ts';
import { type Operation, readOperations } from './openapi-walk.ts';
import { createAll, type Ids } from './resources.ts';
import { seeders } from './seeders.ts';

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
/** The bound the issue sets for the whole run, on a 2-core machine. */
const BUDGET_MS = 120_000;

let t: TestApp;
let ops: Operation[];
let user: SignedInUser;
let ids: Ids;
beforeAll(async () => {
  t = await createTestApp();
  ops = await readOperations(t);
  user = await registerUser(t, 'Fuzz Target');
  ids = await createAll(t, ops, user, seeders);
});
afterAll(() => t.close());

describe('bounded fuzz run over every operation of the OpenAPI document', () => {
  it(
    'answers malformed bodies, queries and ids with a 4xx in the error envelope, never a 5xx',
    async () => {
      console.info(
        `fuzz: seed ${SEED} (replay with FUZZ_SEED=${SEED}), ${REQUESTS} requests over ${ops.length} operations`,
      );
      const rng = prng(SEED);
      const byStatus: Record<number, number> = {};
      const failures = new Map<string, string>();
      const started = Date.now();
      for (let i = 0; i < REQUESTS; i += 1) {
        const op = ops[i % ops.length] as Operation;
        const req = malformedRequest(rng, op, ids, user.auth);
        const res = await t.app.inject({ method: req.method, url: req.url, headers: req.headers, payload: req.body });
        byStatus[res.statusCode] = (byStatus[res.statusCode] ?? 0) + 1;
        const problem = check(res);
        if (!problem) continue;
        // One reproduction per bug: a 5xx per operation, an envelope break per status and error code.
        const sameBug =
          res.statusCode >= 500 ? `${op.method} ${op.path} 5xx` : `${res.statusCode} ${problem} ${codeOf(res)}`;
        if (!failures.has(sameBug)) failures.set(sameBug, reproduction(i, req, res, problem));
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.info(`fuzz: ${REQUESTS} requests in ${seconds} s, by status ${JSON.stringify(byStatus)}`);
      // The run must not have ended its own session, or most of it tested only the 401 path.
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: user.auth });
      expect(me.statusCode).toBe(200);
      if (failures.size > 0)
        console.info(`fuzz: ${failures.size} distinct failures\n${[...failures.values()].join('\n\n')}`);
      expect([...failures.keys()], `replay with FUZZ_SEED=${SEED}`).toEqual([]);
    },
    BUDGET_MS,
  );
});

/** What is wrong with a response, or undefined: a 5xx, or a 4xx outside the error envelope. */
function check(res: LightMyRequestResponse): string | undefined {
  if (res.statusCode >= 500) return 'server error';
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
  if (typeof body.error?.code !== 'string' || !body.error.code) return 'envelope: no error.code';
  if (typeof body.error.message !== 'string' || !body.error.message) return 'envelope: no error.message';
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
    `  ${req.method} ${req.url.length > 300 ? `${req.url.slice(0, 300)}…` : req.url}`,
    `  headers ${JSON.stringify(req.headers)}`,
    `  body ${show(req.body)}`,
    `  answer ${res.body.slice(0, 300)}`,
  ].join('\n');
}
