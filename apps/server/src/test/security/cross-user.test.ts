import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { registerUser, type SignedInUser } from '#test/client.ts';
import { generate, referencesIn } from './body-gen.ts';
import { fillPath, key, type Operation, paramResources, readOperations, referencedResource } from './openapi-walk.ts';
import { createAll, type Ids, readAs, valuesFor } from './resources.ts';
import { seeders } from './seeders.ts';

/** Operations with an id in the path that another user may rightly call with A's ids. Keep it short. */
const EXCLUDED: Record<string, string> = {
  // The people directory: profiles are shown to every signed-in user by design (ADR 006); which fields
  // they show is tested in people.routes.test.ts.
  'GET /api/v1/users/{id}': 'profiles are shared with signed-in users',
  'GET /api/v1/users/{id}/resume': 'a resume is shared with the profile it belongs to',
  // A capability URL: the secret file name is the credential, no session is involved.
  'GET /api/v1/calendar/{file}': 'public token route',
  // Share links of résumés (ADR 041): the token is the credential; its 404s are in resume-export.routes.test.ts.
  'GET /api/v1/shared/resumes/{token}': 'public token route',
  'GET /api/v1/shared/resumes/{token}/pdf': 'public token route',
  // Administration acts on any account by design; without the users:manage permission B gets 403 for every id,
  // A's or a missing one alike (admin.routes.test.ts).
  'PATCH /api/v1/admin/users/{id}': 'administration, behind a permission',
};

let t: TestApp;
let ops: Operation[];
let a: SignedInUser;
let b: SignedInUser;
let ids: Ids;
let own: Ids;
beforeAll(async () => {
  t = await createTestApp();
  ops = await readOperations(t);
  a = await registerUser(t, 'Alice Owner');
  b = await registerUser(t, 'Bob Other');
  ids = await createAll(t, ops, a, seeders);
  own = await createAll(t, ops, b, seeders);
});
afterAll(() => t.close());

describe('cross-user isolation over every operation of the OpenAPI document', () => {
  it('answers 404 to B for each of A’s ids, and leaves A’s data as it was', async () => {
    const probed = ops.filter((op) => op.pathParams.length > 0 && !EXCLUDED[key(op)]);
    const stale = Object.keys(EXCLUDED).filter((k) => !ops.some((op) => key(op) === k));
    expect(stale, 'excluded operations that no longer exist').toEqual([]);
    // Every resource a probed operation names must exist, so a new module cannot go untested.
    const needed = [...new Set(probed.flatMap((op) => Object.values(paramResources(op.path))))];
    expect(
      needed.filter((r) => ids[r] === undefined),
      'resources the suite could not create',
    ).toEqual([]);

    const before = await snapshot(a);
    // Deletions last, so a leaking delete cannot hide a leaking read or write.
    const ordered = [...probed].sort((x, y) => Number(x.method === 'DELETE') - Number(y.method === 'DELETE'));
    const leaks: string[] = [];
    let calls = 0;
    const call = async (op: Operation, path: Ids, body: Ids, expected: (status: number) => boolean) => {
      const url = fillPath(op.path, valuesFor(op.path, path));
      const payload = op.jsonBody ? generate(op.jsonBody, '', { idFor: (r) => body[r], optional: true }) : undefined;
      const res = await t.app.inject({ method: op.method, url, headers: b.auth, payload: payload as object });
      calls += 1;
      if (!expected(res.statusCode)) {
        leaks.push(`${op.method} ${url} ${JSON.stringify(payload)} as B → ${res.statusCode} ${res.body.slice(0, 300)}`);
      }
    };
    for (const op of ordered) {
      // A's ids everywhere: in the path and in the body's references.
      await call(op, ids, ids, (s) => s === 404);
      // B's own parent with A's child: `/applications/{B's}/tasks/{A's}` must not reach A's task.
      const params = Object.entries(paramResources(op.path));
      if (params.length > 1) {
        const last = params.at(-1)?.[1] ?? '';
        await call(op, { ...own, [last]: ids[last] ?? '' }, own, (s) => s === 404);
      }
    }
    // B's own writes naming A's resources in the body (`applicationId`, `applicationIds`) must be refused.
    for (const op of ops.filter((o) => o.jsonBody && !o.isPublic && o.method !== 'GET' && refersToOthers(o))) {
      await call(op, own, ids, (s) => s === 404 || s === 422);
    }
    // Query parameters that name another resource (`GET /contacts?applicationId=`), on B's own paths with
    // A's id: like a filter naming something that does not exist, the answer is 404 or an empty list,
    // and never holds an id of A's.
    const queried = queryReferences();
    for (const { op, name, resource } of queried) {
      const url = `${fillPath(op.path, valuesFor(op.path, own))}?${name}=${encodeURIComponent(ids[resource] ?? '')}`;
      const res = await t.app.inject({ method: op.method, url, headers: b.auth });
      calls += 1;
      const problem = queryLeak(res.statusCode, res.body);
      if (problem) leaks.push(`${op.method} ${url} as B → ${res.statusCode} ${problem}: ${res.body.slice(0, 300)}`);
    }
    const after = await snapshot(a);

    console.info(
      `cross-user: ${ops.length} operations found, ${probed.length} take an id and were called as B ` +
        `(${Object.keys(EXCLUDED).length} excluded), ${queried.length} query parameters name a resource ` +
        `(${queried.map((q) => `${q.op.path}?${q.name}`).join(', ')}), ${Object.keys(ids).length} resources created ` +
        `(${Object.keys(ids).join(', ')}), ${calls} calls made, ${leaks.length} leaks`,
    );
    expect(leaks).toEqual([]);
    expect(after).toEqual(before);
  });
});

/** The body names a resource of the kind the suite made, other than people (shared by design). */
const refersToOthers = (op: Operation) =>
  referencesIn(op.jsonBody).some((r) => r.resource !== 'users' && ids[r.resource] !== undefined);

async function snapshot(owner: SignedInUser) {
  const out: Record<string, unknown> = {};
  for (const resource of Object.keys(ids).sort()) {
    if (resource === 'users') continue; // another person's profile, not the owner's data
    out[resource] = await readAs(t, ops, owner, resource, ids, seeders);
  }
  return out;
}

/** Query parameters named after a resource the suite made (`applicationId`), other than people. */
function queryReferences() {
  return ops.flatMap((op) =>
    op.isPublic || EXCLUDED[key(op)]
      ? []
      : op.query.flatMap(({ name }) => {
          const resource = referencedResource(name);
          return resource && resource !== 'users' && ids[resource] ? [{ op, name, resource }] : [];
        }),
  );
}

/** What B's answer gives away of A's, or undefined: any status but 404 and 200, an id of A's, a non-empty list. */
function queryLeak(status: number, body: string): string | undefined {
  if (status === 404) return undefined;
  if (status !== 200) return 'neither 404 nor 200';
  const seen = Object.entries(ids).filter(([resource, id]) => resource !== 'users' && body.includes(id));
  if (seen.length > 0) return `holds A's ${seen.map(([resource]) => resource).join(', ')}`;
  let data: unknown;
  try {
    data = (JSON.parse(body) as { data?: unknown }).data;
  } catch {
    return undefined; // not JSON (a file): the ids above were all there was to look for
  }
  if (Array.isArray(data) && data.length > 0) return 'the list is not empty';
  return undefined;
}
