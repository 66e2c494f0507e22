import type { ResumeDetail, ResumeDiff, ResumeSummary, ResumeVersionSummary } from '@jobpilot/contracts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { type SignedInUser, signedInUser } from '#test/client.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const MISSING = '00000000-0000-4000-8000-000000000000';

function api(user: SignedInUser) {
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: user.auth, ...(payload ? { payload } : {}) });
  return {
    call,
    list: async () => (await call('GET', '/resumes')).json().data as ResumeSummary[],
    create: async (payload: object) => {
      const res = await call('POST', '/resumes', payload);
      expect(res.statusCode, res.body).toBe(201);
      return res.json().data as ResumeDetail;
    },
    get: async (id: string) => (await call('GET', `/resumes/${id}`)).json().data as ResumeDetail,
    patch: async (id: string, payload: object) => {
      const res = await call('PATCH', `/resumes/${id}`, payload);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().data as ResumeDetail;
    },
    versions: async (id: string) =>
      (await call('GET', `/resumes/${id}/versions`)).json().data as ResumeVersionSummary[],
    diff: async (id: string, query = '') => {
      const res = await call('GET', `/resumes/${id}/diff${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().data as ResumeDiff;
    },
  };
}

/** Moves the résumé's versions `ms` into the past, as if they were written that long ago. */
async function age(resumeId: string, ms: number) {
  const shift = sql.raw(`interval '${Math.round(ms / 1000)} seconds'`);
  await t.ctx.database.db.execute(
    sql`update resume_versions set created_at = created_at - ${shift}, updated_at = updated_at - ${shift} where resume_id = ${resumeId}`,
  );
}

const ada = {
  basics: { name: 'Ada Lovelace', label: 'Engineer', email: 'ada@example.com' },
  work: [
    { name: 'Analytical Engines', position: 'Engineer', startDate: '2019-01', highlights: ['Wrote the first program'] },
    { name: 'Acme', position: 'Engineer', startDate: '2016-03', endDate: '2018-12', highlights: ['Shipped search'] },
  ],
  skills: [{ name: 'TypeScript', keywords: ['Node.js'] }],
};

describe('résumés', () => {
  it('creates, reads, lists, edits and deletes a résumé', async () => {
    const user = await signedInUser(t);
    const r = api(user);
    const created = await r.create({ name: '  Frontend  ', document: ada, tags: ['Frontend', 'frontend', 'web'] });
    expect(created).toMatchObject({
      name: 'Frontend',
      tags: ['frontend', 'web'],
      isDefault: true,
      template: null,
      sourceFileId: null,
      personName: 'Ada Lovelace',
      headline: 'Engineer',
      versionCount: 1,
      document: ada,
      latestVersion: { number: 1, kind: 'save', sealed: true, name: 'Frontend' },
    });
    expect(await r.get(created.id)).toEqual(created);
    const { document: _d, latestVersion: _l, ...summary } = created;
    expect(await r.list()).toEqual([summary]);

    const edited = await r.patch(created.id, { name: 'Frontend roles', tags: [], template: 'classic' });
    expect(edited).toMatchObject({ name: 'Frontend roles', tags: [], template: 'classic', versionCount: 1 });
    expect(Date.parse(edited.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));

    const bare = await r.create({ name: 'Blank' });
    expect(bare).toMatchObject({ document: {}, tags: [], isDefault: false, personName: null });

    expect((await r.call('DELETE', `/resumes/${created.id}`)).statusCode).toBe(204);
    expect((await r.call('GET', `/resumes/${created.id}`)).statusCode).toBe(404);
    expect((await r.call('DELETE', `/resumes/${created.id}`)).statusCode).toBe(404);
    expect((await r.list()).map((s) => s.id)).toEqual([bare.id]);
  });

  it('keeps one default: the first résumé, the one chosen, and the most recently updated after a deletion', async () => {
    const r = api(await signedInUser(t));
    const first = await r.create({ name: 'First' });
    const second = await r.create({ name: 'Second' });
    const third = await r.create({ name: 'Third' });
    expect([first.isDefault, second.isDefault, third.isDefault]).toEqual([true, false, false]);
    // Default first, then the most recently updated.
    await r.patch(second.id, { name: 'Second, edited' });
    expect((await r.list()).map((s) => s.name)).toEqual(['First', 'Second, edited', 'Third']);

    const chosen = await r.call('POST', `/resumes/${third.id}/default`);
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json().data.isDefault).toBe(true);
    expect((await r.list()).filter((s) => s.isDefault).map((s) => s.id)).toEqual([third.id]);
    // Choosing it again changes nothing.
    expect((await r.call('POST', `/resumes/${third.id}/default`)).statusCode).toBe(200);

    // Deleting a résumé that is not the default leaves the default alone.
    expect((await r.call('DELETE', `/resumes/${first.id}`)).statusCode).toBe(204);
    expect((await r.get(third.id)).isDefault).toBe(true);
    // Deleting the default hands it to the most recently updated one left.
    await r.patch(second.id, { tags: ['data'] });
    expect((await r.call('DELETE', `/resumes/${third.id}`)).statusCode).toBe(204);
    expect(await r.list()).toMatchObject([{ id: second.id, isDefault: true }]);
    expect((await r.call('DELETE', `/resumes/${second.id}`)).statusCode).toBe(204);
    expect(await r.list()).toEqual([]);
    // After the last one is gone, the next one is the default again.
    expect((await r.create({ name: 'Again' })).isDefault).toBe(true);
  });

  it('coalesces autosaves within two minutes into one version, and starts a new one after that', async () => {
    const r = api(await signedInUser(t));
    const resume = await r.create({ name: 'Backend', document: ada });
    const one = await r.patch(resume.id, { document: { ...ada, basics: { ...ada.basics, label: 'Engineer I' } } });
    expect(one.latestVersion).toMatchObject({ number: 2, kind: 'autosave', sealed: false });
    const two = await r.patch(resume.id, { document: { ...ada, basics: { ...ada.basics, label: 'Engineer II' } } });
    expect(two.latestVersion).toMatchObject({ id: one.latestVersion.id, number: 2, kind: 'autosave' });
    expect(two.versionCount).toBe(2);
    expect(
      (await r.call('GET', `/resumes/${resume.id}/versions/${one.latestVersion.id}`)).json().data.document,
    ).toEqual(two.document);
    // The same document again is no change and records nothing.
    const same = await r.patch(resume.id, { document: two.document });
    expect(same.latestVersion).toEqual(two.latestVersion);

    await age(resume.id, 3 * 60_000);
    const three = await r.patch(resume.id, { document: { ...ada, basics: { ...ada.basics, label: 'Engineer III' } } });
    expect(three.latestVersion).toMatchObject({ number: 3, kind: 'autosave', sealed: false });
    const versions = await r.versions(resume.id);
    expect(versions.map((v) => [v.number, v.kind, v.sealed])).toEqual([
      [3, 'autosave', false],
      [2, 'autosave', true],
      [1, 'save', true],
    ]);
    // Changing only the name or tags records no version.
    expect((await r.patch(resume.id, { name: 'Backend roles' })).versionCount).toBe(3);
  });

  it('seals on an explicit save, so the next autosave starts a new version', async () => {
    const r = api(await signedInUser(t));
    const resume = await r.create({ name: 'Data', document: ada });
    const auto = await r.patch(resume.id, { document: { ...ada, basics: { name: 'Ada L.' } } });
    // Save with nothing new: the open autosave becomes the save.
    const saved = await r.patch(resume.id, { save: true });
    expect(saved.latestVersion).toMatchObject({ id: auto.latestVersion.id, kind: 'save', sealed: true });
    const next = await r.patch(resume.id, { document: { ...ada, basics: { name: 'Ada King' } } });
    expect(next.latestVersion).toMatchObject({ number: 3, kind: 'autosave', sealed: false });
    // Save with a change inside the autosave's window: the burst ends as one save.
    const closing = await r.patch(resume.id, { document: { ...ada, basics: { name: 'Ada K.' } }, save: true });
    expect(closing.latestVersion).toMatchObject({ number: 3, kind: 'save', sealed: true });
    // An explicit save right after a sealed one is a version of its own.
    const again = await r.patch(resume.id, { document: ada, save: true });
    expect(again.latestVersion).toMatchObject({ number: 4, kind: 'save', sealed: true });
    const after = await r.patch(resume.id, { document: { ...ada, skills: [] } });
    expect(after.latestVersion).toMatchObject({ number: 5, kind: 'autosave', sealed: false });
  });

  it('restores a version as a new version, keeping the history', async () => {
    const r = api(await signedInUser(t));
    const resume = await r.create({ name: 'Ops', document: ada });
    const v1 = resume.latestVersion;
    const edited = await r.patch(resume.id, { document: { basics: { name: 'Someone else' } } });
    const restored = await r.call('POST', `/resumes/${resume.id}/versions/${v1.id}/restore`);
    expect(restored.statusCode).toBe(200);
    const body: ResumeDetail = restored.json().data;
    expect(body.document).toEqual(ada);
    expect(body.latestVersion).toMatchObject({ number: 3, kind: 'restore', sealed: true });
    const versions = await r.versions(resume.id);
    expect(versions.map((v) => [v.number, v.kind, v.sealed])).toEqual([
      [3, 'restore', true],
      [2, 'autosave', true],
      [1, 'save', true],
    ]);
    const v2 = await r.call('GET', `/resumes/${resume.id}/versions/${edited.latestVersion.id}`);
    expect(v2.json().data.document).toEqual({ basics: { name: 'Someone else' } });
    // The next autosave after a restore is a version of its own.
    expect((await r.patch(resume.id, { document: {} })).latestVersion.number).toBe(4);
    expect((await r.call('GET', `/resumes/${resume.id}/versions?limit=2&page=2`)).json()).toMatchObject({
      data: [{ number: 2 }, { number: 1 }],
      pagination: { total: 4, page: 2 },
    });
  });

  it('duplicates a résumé with its document, tags and template, sealing the original’s autosave', async () => {
    const r = api(await signedInUser(t));
    const resume = await r.create({ name: 'Platform', document: ada, tags: ['sre'], template: 'modern' });
    const auto = await r.patch(resume.id, { document: { ...ada, skills: [{ name: 'Go' }] } });
    const res = await r.call('POST', `/resumes/${resume.id}/duplicate`);
    expect(res.statusCode).toBe(201);
    const copy: ResumeDetail = res.json().data;
    expect(copy).toMatchObject({
      name: 'Platform (copy)',
      tags: ['sre'],
      template: 'modern',
      isDefault: false,
      document: auto.document,
      versionCount: 1,
      latestVersion: { number: 1, kind: 'save', sealed: true },
    });
    expect(copy.id).not.toBe(resume.id);
    expect((await r.get(resume.id)).latestVersion).toMatchObject({ number: 2, kind: 'autosave', sealed: true });
    // The next autosave on the original is a new version.
    expect((await r.patch(resume.id, { document: ada })).latestVersion.number).toBe(3);
    // Editing the copy leaves the original alone.
    await r.patch(copy.id, { document: {} });
    expect((await r.get(resume.id)).document).toEqual(ada);
  });

  it('describes the difference between two versions field by field', async () => {
    const r = api(await signedInUser(t));
    const resume = await r.create({ name: 'Diffed', document: ada });
    const next = {
      basics: {
        name: 'Ada Lovelace',
        label: 'Senior Engineer',
        email: 'ada@example.com',
        location: { city: 'London' },
      },
      work: [
        { name: 'Babbage & Co', position: 'Analyst', startDate: '2023-02' },
        {
          name: 'Analytical Engines',
          position: 'Engineer',
          startDate: '2019-01',
          highlights: ['Wrote the first published program', 'Led a team of 4'],
        },
        {
          name: 'Acme',
          position: 'Engineer',
          startDate: '2016-03',
          endDate: '2018-12',
          highlights: ['Shipped search'],
        },
      ],
      education: [{ institution: 'University of London', studyType: 'BSc', area: 'Mathematics' }],
    };
    const edited = await r.patch(resume.id, { document: next, save: true });
    const diff = await r.diff(resume.id, `?from=${resume.latestVersion.id}&to=${edited.latestVersion.id}`);
    expect(diff.from.id).toBe(resume.latestVersion.id);
    expect(diff.to.id).toBe(edited.latestVersion.id);
    expect(diff.changes).toEqual([
      {
        change: 'changed',
        section: 'basics',
        path: 'basics.label',
        label: 'Basics · headline',
        before: 'Engineer',
        after: 'Senior Engineer',
      },
      {
        change: 'added',
        section: 'basics',
        path: 'basics.location.city',
        label: 'Basics · location · city',
        before: null,
        after: 'London',
      },
      {
        change: 'added',
        section: 'work',
        path: 'work[0]',
        label: 'Work · Babbage & Co — Analyst',
        before: null,
        after: 'Babbage & Co — Analyst (2023-02 – present)',
      },
      {
        change: 'changed',
        section: 'work',
        path: 'work[1].highlights[0]',
        label: 'Work · Analytical Engines — Engineer · highlight 1',
        before: 'Wrote the first program',
        after: 'Wrote the first published program',
      },
      {
        change: 'added',
        section: 'work',
        path: 'work[1].highlights[1]',
        label: 'Work · Analytical Engines — Engineer · highlight 2',
        before: null,
        after: 'Led a team of 4',
      },
      {
        change: 'added',
        section: 'education',
        path: 'education[0]',
        label: 'Education · University of London — BSc — Mathematics',
        before: null,
        after: 'University of London — BSc — Mathematics',
      },
      {
        change: 'removed',
        section: 'skills',
        path: 'skills[0]',
        label: 'Skills · TypeScript',
        before: 'TypeScript',
        after: null,
      },
    ]);
    expect(diff.counts).toEqual({ added: 4, removed: 1, changed: 2 });
    // Without parameters: the latest version against the one before it, the same here.
    expect((await r.diff(resume.id)).changes).toEqual(diff.changes);
    // The other way round, additions are removals.
    const back = await r.diff(resume.id, `?from=${edited.latestVersion.id}&to=${resume.latestVersion.id}`);
    expect(back.counts).toEqual({ added: 1, removed: 4, changed: 2 });
    // A renamed company is a change of that entry, not a removal and an addition.
    const renamed = structuredClone(next);
    (renamed.work[2] as { name: string }).name = 'Acme Corp';
    await r.patch(resume.id, { document: renamed, save: true });
    expect((await r.diff(resume.id)).changes).toEqual([
      {
        change: 'changed',
        section: 'work',
        path: 'work[2].name',
        label: 'Work · Acme Corp — Engineer · company',
        before: 'Acme',
        after: 'Acme Corp',
      },
    ]);
    // The first version on its own: everything in it is new.
    const fresh = await r.create({ name: 'Fresh', document: { skills: [{ name: 'SQL' }] } });
    expect((await r.diff(fresh.id)).changes).toMatchObject([{ change: 'added', path: 'skills[0]', after: 'SQL' }]);
  });

  it('answers 404 for another user’s résumé and versions on every route, and leaves them as they were', async () => {
    const owner = api(await signedInUser(t));
    const other = api(await signedInUser(t));
    const resume = await owner.create({ name: 'Mine', document: ada });
    const v = resume.latestVersion.id;
    await other.create({ name: 'Theirs' });
    const theirs = (await other.list())[0] as ResumeSummary;
    const calls: [Parameters<typeof owner.call>[0], string, object?][] = [
      ['GET', `/resumes/${resume.id}`],
      ['PATCH', `/resumes/${resume.id}`, { name: 'Taken', document: {}, save: true }],
      ['POST', `/resumes/${resume.id}/duplicate`],
      ['POST', `/resumes/${resume.id}/default`],
      ['GET', `/resumes/${resume.id}/versions`],
      ['GET', `/resumes/${resume.id}/versions/${v}`],
      ['POST', `/resumes/${resume.id}/versions/${v}/restore`],
      ['GET', `/resumes/${resume.id}/diff`],
      ['GET', `/resumes/${resume.id}/diff?from=${v}&to=${v}`],
      // The other user's own résumé with the owner's version.
      ['GET', `/resumes/${theirs.id}/versions/${v}`],
      ['POST', `/resumes/${theirs.id}/versions/${v}/restore`],
      ['GET', `/resumes/${theirs.id}/diff?from=${v}`],
      ['DELETE', `/resumes/${resume.id}`],
      ['GET', `/resumes/${MISSING}`],
      ['GET', `/resumes/${resume.id}/versions/${MISSING}`],
    ];
    for (const [method, url, payload] of calls) {
      const res = await other.call(method, url, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json().error.message).toMatch(/not found/);
    }
    expect((await other.list()).map((s) => s.id)).toEqual([theirs.id]);
    expect(await owner.get(resume.id)).toEqual(resume);
    expect(await owner.versions(resume.id)).toHaveLength(1);
  });

  it('refuses bad input with 422 naming the field, and changes nothing', async () => {
    const r = api(await signedInUser(t));
    const resume = await r.create({ name: 'Valid', document: ada });
    for (const [payload, field] of [
      [{ name: '' }, 'name'],
      [{ name: 'a\u0000b' }, 'name'],
      [{ name: 'x'.repeat(121) }, 'name'],
      [{ name: 'Ok', tags: ['a\u0000'] }, 'tags.0'],
      [{ name: 'Ok', tags: Array.from({ length: 11 }, (_, i) => `t${i}`) }, 'tags'],
      [{ name: 'Ok', template: 'Not A Template' }, 'template'],
      [{ name: 'Ok', document: { basics: { name: 'Ada\u0000' } } }, 'document.basics.name'],
      [{ name: 'Ok', document: { work: [{ startDate: 'last spring' }] } }, 'document.work.0.startDate'],
    ] as const) {
      const res = await r.call('POST', '/resumes', payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().error.field).toBe(field);
      expect(res.json().error.message).not.toMatch(/^Invalid/);
    }
    for (const payload of [{}, { document: { basics: { summary: '\u0000' } } }, { save: 'yes' }]) {
      expect((await r.call('PATCH', `/resumes/${resume.id}`, payload)).statusCode, JSON.stringify(payload)).toBe(422);
    }
    // A malformed id in the path is a résumé or version that does not exist (platform/http/errors.ts).
    for (const [method, url] of [
      ['GET', '/resumes/not-a-uuid'],
      ['PATCH', '/resumes/123'],
      ['DELETE', '/resumes/123'],
      ['POST', '/resumes/123/duplicate'],
      ['POST', '/resumes/123/default'],
      ['GET', '/resumes/123/versions'],
      ['GET', `/resumes/${resume.id}/versions/nope`],
      ['POST', `/resumes/${resume.id}/versions/nope/restore`],
    ] as const) {
      const res = await r.call(method, url, method === 'PATCH' ? { name: 'x' } : undefined);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    // A malformed version id in the query is a 422 naming the parameter.
    for (const [query, field] of [
      ['?from=nope', 'from'],
      [`?to=${MISSING}x`, 'to'],
    ] as const) {
      const res = await r.call('GET', `/resumes/${resume.id}/diff${query}`);
      expect(res.statusCode, query).toBe(422);
      expect(res.json().error.field).toBe(field);
    }
    expect(await r.list()).toHaveLength(1);
    expect(await r.get(resume.id)).toEqual(resume);
  });
});
