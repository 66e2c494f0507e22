import type { TestApp } from '#test/app.ts';
import type { SignedInUser } from '#test/client.ts';
import { generate, referencesIn, UnfillableField } from './body-gen.ts';
import { fillPath, key, type Operation, paramResources } from './openapi-walk.ts';

/** One of each resource a user owns, by collection name (`applications` → its id). */
export type Ids = Record<string, string>;

/** A resource the API creates no id for: how a test makes one for `owner`, after those it `needs`. */
export interface Seeder {
  resource: string;
  needs: string[];
  seed(t: TestApp, owner: SignedInUser, ids: Ids): Promise<string>;
  /** How the owner sees it, when no GET route reads it by id or in a list (a file: through its profile). */
  read?(t: TestApp, owner: SignedInUser, id: string): Promise<unknown>;
}

interface Creator {
  resource: string;
  op: Operation;
  /** The item route's parameter, e.g. `taskId` of `/x/{id}/tasks/{taskId}`. */
  itemParam: string;
  needs: string[];
}

/**
 * The operations that create a resource: a POST taking JSON that answers 201 and whose path also has an
 * item route (`POST /x` with `/x/{id}`; nested `POST /x/{id}/y` with `/x/{id}/y/{yId}`).
 */
export function creatorsIn(ops: Operation[], known: Set<string>): Creator[] {
  return ops
    .filter((op) => op.method === 'POST' && op.jsonBody && op.statuses.includes(201))
    .flatMap((op) => {
      const item = ops.map((o) => new RegExp(`^${escapeRegExp(op.path)}/\\{(\\w+)\\}$`).exec(o.path)).find(Boolean);
      return item?.[1] ? [{ op, itemParam: item[1] }] : [];
    })
    .map(({ op, itemParam }) => {
      const resource = op.path.split('/').at(-1) ?? '';
      const fromPath = Object.values(paramResources(op.path));
      const fromBody = referencesIn(op.jsonBody)
        .filter((r) => r.required || known.has(r.resource))
        .map((r) => r.resource);
      return { resource, op, itemParam, needs: [...new Set([...fromPath, ...fromBody])].filter((r) => r !== resource) };
    });
}

/** Creates one of every resource as `owner`, parents first; fails naming what could not be made. */
export async function createAll(t: TestApp, ops: Operation[], owner: SignedInUser, seeders: Seeder[]) {
  const known = new Set([...seeders.map((s) => s.resource), ...ops.map((o) => o.path.split('/').at(-1) ?? '')]);
  const pending: (Creator | Seeder)[] = [...creatorsIn(ops, known), ...seeders];
  const ids: Ids = {};
  while (pending.length > 0) {
    const ready = pending.findIndex((p) => p.needs.every((n) => ids[n] !== undefined || !canMake(n, pending)));
    const next = pending[ready];
    if (!next)
      throw new Error(`cannot order the creations: ${pending.map((p) => p.resource).join(', ')} wait on each other`);
    pending.splice(ready, 1);
    ids[next.resource] = 'seed' in next ? await next.seed(t, owner, ids) : await create(t, next, owner, ids);
  }
  return ids;
}

const canMake = (resource: string, pending: { resource: string }[]) => pending.some((p) => p.resource === resource);

async function create(t: TestApp, c: Creator, owner: SignedInUser, ids: Ids): Promise<string> {
  let payload: unknown;
  try {
    payload = generate(c.op.jsonBody ?? {}, '', { idFor: (r) => ids[r], optional: true });
  } catch (err) {
    if (err instanceof UnfillableField) throw new Error(`cannot build a body for ${key(c.op)}: ${err.message}`);
    throw err;
  }
  const url = fillPath(c.op.path, valuesFor(c.op.path, ids));
  const res = await t.app.inject({ method: 'POST', url, headers: owner.auth, payload: payload as object });
  if (res.statusCode !== 201) {
    throw new Error(
      `cannot create ${c.resource}: POST ${url} ${JSON.stringify(payload)} → ${res.statusCode} ${res.body}`,
    );
  }
  const data = res.json<{ data: Record<string, unknown> }>().data;
  const id = data[c.itemParam] ?? data.id;
  if (typeof id !== 'string') throw new Error(`POST ${url} answered no id: ${res.body}`);
  return id;
}

/** Path parameter values from `ids`, each by the resource it names; throws naming the missing resource. */
export function valuesFor(path: string, ids: Ids): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [param, resource] of Object.entries(paramResources(path))) {
    const id = ids[resource];
    if (id === undefined) throw new Error(`no ${resource} to fill {${param}} of ${path}: add a way to create one`);
    out[param] = id;
  }
  return out;
}

/** How `owner` reads one of their resources: its item route, else its entry in the collection's list. */
export async function readAs(
  t: TestApp,
  ops: Operation[],
  owner: SignedInUser,
  resource: string,
  ids: Ids,
  seeders: Seeder[] = [],
) {
  const item = ops.find((o) => o.method === 'GET' && new RegExp(`/${resource}/\\{\\w+\\}$`).test(o.path));
  const listing = ops.find((o) => o.method === 'GET' && o.path.endsWith(`/${resource}`));
  const op = item ?? listing;
  const reader = seeders.find((s) => s.resource === resource)?.read;
  if (!op && reader) return reader(t, owner, ids[resource] ?? '');
  if (!op) throw new Error(`no GET route reads ${resource}`);
  const url = fillPath(op.path, valuesFor(op.path, ids));
  const res = await t.app.inject({ method: 'GET', url: item ? url : `${url}?limit=100`, headers: owner.auth });
  if (res.statusCode !== 200) throw new Error(`GET ${url} as the owner answered ${res.statusCode} ${res.body}`);
  const data = res.json<{ data: unknown }>().data;
  if (item) return data;
  const id = ids[resource];
  const found = (data as Record<string, unknown>[]).find((e) => e.id === id || Object.values(e).includes(id));
  if (!found) throw new Error(`${resource} ${id} is not in GET ${url}`);
  return found;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
