import { generate } from './body-gen.ts';
import { derivedHostile, genericHostile } from './hostile-strings.ts';
import { type Operation, paramResources } from './openapi-walk.ts';
import type { Ids } from './resources.ts';
import { stringLeaves, withValueAt } from './string-leaves.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same run. */
export function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => int(16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
  };
  return { next, int, pick, chance: (p: number) => next() < p, uuid };
}
export type Rng = ReturnType<typeof prng>;

export interface FuzzRequest {
  method: Operation['method'];
  url: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /** What was wrong with it, for the report. */
  kind: string;
  /** The answers it may get, when the fuzz knows them: a cross-site write is refused whatever it holds. */
  expect?: { status: number; code: string }[];
}

/** How the fuzz may authenticate as its user. */
export interface Credentials {
  bearer: { authorization: string };
  /** The session cookie and the app's own Origin, as the web app sends them. */
  cookie: { cookie: string; origin: string };
}

/**
 * Long enough that a quadratic pattern takes seconds (the phone pattern before 93ae2c1 took 3 s for 20,000
 * digits and a `!`, 10 to 13 s for 30,000 on a loaded 2-core machine), short enough to send many: 30 KB.
 */
const HOSTILE_LENGTH = 30_000;
/** Query strings travel in the request line, which Node caps at 16 KiB. */
const HOSTILE_QUERY_LENGTH = 6_000;
const HOSTILE = genericHostile(HOSTILE_LENGTH);

/** Ids as they appear in a URL: not uuids, uuids of nothing, traversal, encodings. */
const BAD_IDS = [
  '1',
  '-1',
  'abc',
  'null',
  '..',
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2f',
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%FF%FE',
  '%F0%9F%98%80',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '6f1c1e0a-1b2c-4d3e-8f40-1234567890ab%20',
  "'%20OR%201=1--",
  'x'.repeat(4000),
  '%25',
  '__proto__',
];

/** Query values: bad numbers, negative pages, encodings, floods. */
const BAD_QUERY = [
  '-1',
  '0',
  'NaN',
  '1e309',
  '99999999999999999999',
  '1.5',
  '',
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%FF',
  '%F0%9F%98%80%E2%80%AE',
  'x'.repeat(3000),
  'true',
  '[]',
  '%7B%7D',
  '2024-13-45',
  '__proto__',
  ...genericHostile(HOSTILE_QUERY_LENGTH).map(([, value]) => encodeURIComponent(value)),
];

const huge = (n: number) => 'x'.repeat(n);
const nest = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Values to put in one field of an otherwise valid body. */
const BAD_VALUES: [string, () => unknown][] = [
  ['number', () => 12345],
  ['negative', () => -1],
  ['float', () => 1e308],
  ['boolean', () => true],
  ['null', () => null],
  ['array', () => ['a', 1, null]],
  ['object', () => ({ nested: { deeper: 'x' } })],
  ['huge string', () => huge(200_000)],
  ...HOSTILE.map(([kind, value]): [string, () => unknown] => [`hostile: ${kind}`, () => value]),
  ['NUL', () => 'before\u0000after'],
  ['lone surrogate', () => 'half \ud800 a pair'],
  ['lone low surrogate', () => '\udc00'],
  ['unicode', () => 'Ünïcødé 😀 \u202e RTL \u200b'],
  ['long array', () => Array.from({ length: 5000 }, () => 'a')],
  ['empty string', () => ''],
  ['html', () => '<script>alert(1)</script>'],
];

/** Whole bodies that are not what the operation takes: [kind, content type, body]. */
const BAD_BODIES: [string, string | undefined, () => string | Buffer][] = [
  ['invalid JSON', 'application/json', () => '{"a":'],
  ['invalid JSON', 'application/json', () => "{'single': 1}"],
  ['trailing garbage', 'application/json', () => '{}garbage'],
  ['empty JSON body', 'application/json', () => ''],
  ['JSON null', 'application/json', () => 'null'],
  ['JSON array', 'application/json', () => '[1,2,3]'],
  ['JSON string', 'application/json', () => '"text"'],
  ['JSON number', 'application/json', () => '42'],
  ['deep nesting', 'application/json', () => nest(5000)],
  ['deep object', 'application/json', () => `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`],
  [
    'invalid UTF-8',
    'application/json',
    () => Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
  ],
  ['NUL byte raw', 'application/json', () => '{"a":"\u0000"}'],
  ['escaped NUL', 'application/json', () => '{"name":"\\u0000","company":"\\u0000","title":"\\u0000"}'],
  ['proto pollution', 'application/json', () => '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}'],
  ['UTF-16 charset', 'application/json; charset=utf-16', () => '{}'],
  ['text/plain', 'text/plain', () => 'hello'],
  ['urlencoded', 'application/x-www-form-urlencoded', () => 'a=b&c=%00'],
  ['xml', 'application/xml', () => '<a>1</a>'],
  ['no content type', undefined, () => '{"a":1}'],
  ['bogus content type', 'application/', () => '{}'],
  ['multipart without boundary', 'multipart/form-data', () => '--x\r\n\r\n'],
  [
    'multipart garbage',
    'multipart/form-data; boundary=zzz',
    () => '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\n\u0000\u0001',
  ],
  [
    'multipart no file',
    'multipart/form-data; boundary=zzz',
    () => '--zzz\r\nContent-Disposition: form-data; name="format"\r\n\r\ncsv\r\n--zzz--\r\n',
  ],
  [
    'multipart NUL file',
    'multipart/form-data; boundary=zzz',
    () =>
      '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n' +
      'company,position\r\nA\u0000,B\r\n--zzz--\r\n',
  ],
  ['too large', 'application/json', () => `{"a":"${huge(1_100_000)}"}`],
];

/** One malformed request for `op`: bad ids, queries and bodies, authenticated by token, by cookie or not at all. */
export function malformedRequest(rng: Rng, op: Operation, ids: Ids, creds: Credentials): FuzzRequest {
  const kinds: string[] = [];
  const auth = authHeaders(rng, op, creds, kinds);
  const url = `${fuzzPath(rng, op, ids, kinds)}${fuzzQuery(rng, op, kinds)}`;
  const headers: Record<string, string> = { ...auth.headers };
  let body: string | Buffer | undefined;
  if (op.jsonBody && rng.chance(0.85)) {
    if (rng.chance(0.5)) {
      const valid = generate(op.jsonBody, '', { idFor: (r) => ids[r], optional: rng.chance(0.5) });
      const [kind, make] = rng.pick(BAD_VALUES);
      const fields = Object.keys(op.jsonBody.properties ?? {});
      const field = fields.length > 0 && rng.chance(0.9) ? rng.pick(fields) : `extra_${rng.int(100)}`;
      const intact = rng.chance(0.1);
      kinds.push(intact ? 'valid body' : `${field}: ${kind}`);
      body = JSON.stringify(intact ? valid : { ...(valid as object), [field]: make() });
      headers['content-type'] = 'application/json';
    } else {
      body = badBody(rng, headers, kinds);
    }
  } else if (op.otherBody || rng.chance(0.15)) {
    body = badBody(rng, headers, kinds);
  }
  const kind = kinds.join('; ') || 'plain';
  if (auth.crossSite && op.method !== 'GET') {
    const expect = [{ status: 403, code: 'CROSS_SITE_REQUEST' }];
    // A URL the router cannot read (not UTF-8, a segment too long) is refused before any route or hook.
    if (kinds.some((k) => k.startsWith('{') && !k.endsWith('uuid of nothing')))
      expect.push({ status: 400, code: 'BAD_REQUEST' });
    return { method: op.method, url, headers, body, kind, expect };
  }
  return { method: op.method, url, headers, body, kind };
}

/**
 * Every string field of every operation's body and query, each given every hostile string in turn (those
 * derived from its own pattern, then the generic ones), in an otherwise valid request to a real resource.
 * The same list every run: a slow pattern is found whatever the seed.
 */
/**
 * Routes that would end the run's own session when sent a valid body (the generator knows the test password):
 * signing out, a new password (every session ends), deleting the account. Fuzzed without the run's session.
 */
export const endsSession = (path: string) => /\/(auth\/logout|account\/password|account\/delete)$/.test(path);

export function hostileRequests(ops: Operation[], ids: Ids, auth: Record<string, string>): FuzzRequest[] {
  const out: FuzzRequest[] = [];
  for (const op of ops) {
    if (endsSession(op.path)) continue;
    const path = realPath(op, ids);
    if (path === undefined) continue;
    if (op.jsonBody) {
      const valid = generate(op.jsonBody, '', { idFor: (r) => ids[r], optional: true });
      for (const leaf of stringLeaves(op.jsonBody)) {
        for (const [kind, value] of hostileFor(leaf.schema, HOSTILE_LENGTH)) {
          out.push({
            method: op.method,
            url: path,
            headers: { ...auth, 'content-type': 'application/json' },
            body: JSON.stringify(withValueAt(valid, leaf.path, value)),
            kind: `${leaf.path.join('.') || '(body)'}: ${kind}`,
          });
        }
      }
    }
    for (const { name, schema } of op.query) {
      for (const leaf of stringLeaves(schema)) {
        for (const [kind, value] of hostileFor(leaf.schema, HOSTILE_QUERY_LENGTH)) {
          const url = `${path}?${name}=${encodeURIComponent(value)}`;
          out.push({ method: op.method, url, headers: { ...auth }, kind: `?${name}: ${kind}` });
        }
      }
    }
  }
  return out;
}

const hostileFor = (schema: Parameters<typeof derivedHostile>[0], n: number) => [
  ...derivedHostile(schema, n),
  ...genericHostile(n),
];

/** The path with real ids, or undefined when the suite made none of a resource it names. */
function realPath(op: Operation, ids: Ids): string | undefined {
  const resources = paramResources(op.path);
  let missing = false;
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const id = ids[resources[name] ?? ''];
    if (id === undefined) missing = true;
    return encodeURIComponent(id ?? '');
  });
  return missing ? undefined : path;
}

function badBody(rng: Rng, headers: Record<string, string>, kinds: string[]) {
  // Bodies over the limit are slow to build and send: keep them rare.
  const choices = rng.chance(0.02) ? BAD_BODIES : BAD_BODIES.filter(([k]) => k !== 'too large');
  const [kind, type, make] = rng.pick(choices);
  kinds.push(kind);
  if (type) headers['content-type'] = type;
  return make();
}

function fuzzPath(rng: Rng, op: Operation, ids: Ids, kinds: string[]): string {
  const resources = paramResources(op.path);
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const real = ids[resources[name] ?? ''];
    if (real && op.method !== 'DELETE' && rng.chance(0.4)) return real;
    if (rng.chance(0.3)) {
      kinds.push(`{${name}}: uuid of nothing`);
      return rng.uuid();
    }
    const bad = rng.pick(BAD_IDS);
    kinds.push(`{${name}}: ${bad.slice(0, 40)}`);
    return bad;
  });
}

function fuzzQuery(rng: Rng, op: Operation, kinds: string[]): string {
  const parts: string[] = [];
  for (const { name } of op.query) {
    if (rng.chance(0.5)) continue;
    const value = rng.pick(BAD_QUERY);
    if (rng.chance(0.15)) {
      parts.push(`${name}=1`, `${name}=${value}`);
      kinds.push(`?${name} twice`);
    } else if (rng.chance(0.1)) {
      parts.push(`${name}[]=${value}`, `${name}[x]=1`);
      kinds.push(`?${name}[]`);
    } else {
      parts.push(`${name}=${value}`);
      kinds.push(`?${name}=${value.slice(0, 20)}`);
    }
  }
  if (rng.chance(0.1)) {
    parts.push(rng.pick(['__proto__[admin]=1', 'constructor[prototype][x]=1', '%00=%00', 'page=-5&limit=100000']));
    kinds.push('odd query');
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Other sites' pages, as the browser labels them: each must be refused a write with the cookie. */
const FOREIGN: Record<string, string>[] = [
  { origin: 'http://evil.example' },
  { origin: 'null' },
  { origin: 'http://localhost:1' },
  { 'sec-fetch-site': 'cross-site' },
  { 'sec-fetch-site': 'same-site', origin: 'http://sub.localhost' },
];

function authHeaders(rng: Rng, op: Operation, creds: Credentials, kinds: string[]) {
  // Logging out would end the run's session: that route is fuzzed signed out, with a bogus token, or
  // from another site (which must be refused before it can log anyone out).
  const logout = endsSession(op.path);
  const roll = logout ? 0.8 + rng.next() * 0.2 : rng.next();
  if (roll < 0.6 && !logout) return { headers: creds.bearer };
  if (roll < 0.8 && !logout) {
    kinds.push('cookie');
    return { headers: creds.cookie };
  }
  if (roll < 0.9) {
    const foreign = rng.pick(FOREIGN);
    kinds.push(`cookie from ${JSON.stringify(foreign)}`);
    return { headers: { cookie: creds.cookie.cookie, ...foreign }, crossSite: true };
  }
  if (rng.chance(0.5)) {
    kinds.push('signed out');
    return { headers: {} };
  }
  const bogus = rng.pick(['Bearer ', 'Bearer x', `Bearer ${'a'.repeat(5000)}`, 'Basic Zm9vOmJhcg==', 'bearer..']);
  kinds.push('bogus token');
  return { headers: { authorization: bogus } };
}
