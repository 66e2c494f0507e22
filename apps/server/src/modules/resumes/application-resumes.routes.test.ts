import type { ApplicationResume, ResumePerformance } from '@jobpilot/contracts';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { type SignedInUser, signedInUser } from '#test/client.ts';

let t: TestApp;
let owner: SignedInUser;
let other: SignedInUser;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signedInUser(t, { name: 'Ada Sent' });
  other = await signedInUser(t, { name: 'Bob Other' });
});
afterAll(() => t.close());

const call = (who: SignedInUser, method: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: who.auth, ...(payload ? { payload } : {}) });

async function application(who: SignedInUser, company: string, status = 'applied') {
  const res = await call(who, 'POST', '/applications', { company, position: 'Engineer', status });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data.id as string;
}
async function resume(who: SignedInUser, name: string, company: string) {
  const res = await call(who, 'POST', '/resumes', {
    name,
    document: { basics: { name: 'Ada Sent' }, work: [{ name: company, position: 'Engineer', startDate: '2020' }] },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data.id as string;
}

describe('the résumé sent with an application', () => {
  it('records the version sent and keeps its PDF; later edits make a new version; another user gets 404', async () => {
    const app = await application(owner, 'Globex');
    const cv = await resume(owner, 'Backend', 'Analytical Engines');
    // An open autosave: attaching seals it, so what was sent stays what it was.
    expect(
      (await call(owner, 'PATCH', `/resumes/${cv}`, { document: { basics: { name: 'Ada Sent v2' } } })).statusCode,
    ).toBe(200);

    const put = await call(owner, 'PUT', `/applications/${app}/resume`, { resumeId: cv, template: 'modern' });
    expect(put.statusCode, put.body).toBe(200);
    const record = put.json<{ data: ApplicationResume }>().data;
    expect(record).toMatchObject({ applicationId: app, resumeId: cv, resumeName: 'Backend', template: 'modern' });
    expect(record.versionNumber).toBe(2);

    const file = await call(owner, 'GET', `/applications/${app}/resume/file`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    const { text } = await extractText(new Uint8Array(file.rawPayload), { mergePages: true });
    expect(text).toContain('Ada Sent v2');

    expect(
      (await call(owner, 'PATCH', `/resumes/${cv}`, { document: { basics: { name: 'Ada Later' } } })).statusCode,
    ).toBe(200);
    const versions = (await call(owner, 'GET', `/resumes/${cv}/versions`)).json().data as { number: number }[];
    expect(versions.map((v) => v.number)).toContain(3);
    expect((await call(owner, 'GET', `/applications/${app}/resume`)).json().data.versionNumber).toBe(2);

    for (const [method, url] of [
      ['GET', `/applications/${app}/resume`],
      ['GET', `/applications/${app}/resume/file`],
      ['DELETE', `/applications/${app}/resume`],
    ] as const) {
      expect((await call(other, method, url)).statusCode, `${method} ${url}`).toBe(404);
    }
    const theirs = await application(other, 'Initech');
    expect((await call(other, 'PUT', `/applications/${theirs}/resume`, { resumeId: cv })).statusCode).toBe(404);
    expect((await call(other, 'PUT', `/applications/${app}/resume`, { resumeId: cv })).statusCode).toBe(404);

    expect((await call(owner, 'DELETE', `/applications/${app}/resume`)).statusCode).toBe(204);
    expect((await call(owner, 'GET', `/applications/${app}/resume`)).json().data).toBeNull();
    expect((await call(owner, 'GET', `/applications/${app}/resume/file`)).statusCode).toBe(404);
  });

  it('refuses an unknown template with a sentence', async () => {
    const app = await application(owner, 'Umbrella');
    const cv = await resume(owner, 'Data', 'Umbrella');
    const res = await call(owner, 'PUT', `/applications/${app}/resume`, { resumeId: cv, template: 'fancy' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toContain('There is no résumé template called "fancy"');
  });
});

describe('GET /api/v1/resumes/performance', () => {
  it('gives the response and interview rate per résumé and per version', async () => {
    const who = await signedInUser(t, { name: 'Rita Rates' });
    const a = await resume(who, 'Frontend', 'Acme');
    const b = await resume(who, 'Platform', 'Initech');
    const sendWith = async (cv: string, status: string) => {
      const app = await application(who, `Co ${status} ${Math.random()}`);
      expect((await call(who, 'PUT', `/applications/${app}/resume`, { resumeId: cv })).statusCode).toBe(200);
      if (status !== 'applied')
        expect((await call(who, 'PATCH', `/applications/${app}`, { status })).statusCode).toBe(200);
      return app;
    };
    await sendWith(a, 'interview');
    await sendWith(a, 'rejected');
    await sendWith(a, 'applied');
    // An application that was interviewed and then rejected counts for both.
    const later = await sendWith(a, 'interview');
    expect((await call(who, 'PATCH', `/applications/${later}`, { status: 'rejected' })).statusCode).toBe(200);
    await sendWith(b, 'applied');
    // Version 2 of Frontend, sent once and answered: its row is its own, the résumé's row adds it up.
    expect(
      (await call(who, 'PATCH', `/resumes/${a}`, { document: { basics: { name: 'Rita v2' } }, save: true })).statusCode,
    ).toBe(200);
    await sendWith(a, 'offer');

    const res = await call(who, 'GET', '/resumes/performance');
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json<{ data: ResumePerformance[] }>().data;
    const frontend = rows.find((r) => r.resumeName === 'Frontend');
    expect(frontend).toMatchObject({ resumeId: a, applications: 5, responses: 4, interviews: 3 });
    expect(frontend?.responseRate).toBe(0.8);
    expect(frontend?.interviewRate).toBe(0.6);
    expect(frontend?.versions).toEqual([
      expect.objectContaining({ versionNumber: 1, applications: 4, responses: 3, interviews: 2, responseRate: 0.75 }),
      expect.objectContaining({ versionNumber: 2, applications: 1, responses: 1, interviews: 1, interviewRate: 1 }),
    ]);
    expect(rows.find((r) => r.resumeName === 'Platform')).toMatchObject({
      applications: 1,
      responses: 0,
      responseRate: 0,
    });
    // Another person's figures are their own.
    expect(
      (await call(other, 'GET', '/resumes/performance')).json().data.some((r: ResumePerformance) => r.resumeId === a),
    ).toBe(false);
  });
});
