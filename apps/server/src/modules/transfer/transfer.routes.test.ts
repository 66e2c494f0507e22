import { readFileSync } from 'node:fs';
import {
  type Application,
  CSV_IMPORT_BYTES_MAX,
  type CsvImportPreview,
  type CsvImportResult,
  type StatusChange,
  userExportSchema,
} from '@jobpilot/contracts';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplicationsRepository } from '#modules/applications/applications.repository.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { insertApplication, type SignedInUser, signedInUser } from '#test/client.ts';
import { EXPORT_CSV_HEADER } from './csv-export.ts';
import { seedOtherModules } from './transfer.test-seed.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const huntr = readFileSync(new URL('./fixtures/huntr-export.csv', import.meta.url), 'utf8');
const today = () => new Date().toISOString().slice(0, 10);

const get = (url: string, user?: SignedInUser) => t.app.inject({ method: 'GET', url, headers: user?.auth ?? {} });
const postJson = (url: string, payload: object, user?: SignedInUser) =>
  t.app.inject({ method: 'POST', url, payload, headers: user?.auth ?? {} });
const preview = (user: SignedInUser, payload: object) => postJson('/api/v1/applications/import/preview', payload, user);
const runImport = (user: SignedInUser, payload: object) => postJson('/api/v1/applications/import', payload, user);
const listAll = async (user: SignedInUser) =>
  (await get('/api/v1/applications?limit=100', user)).json<{ data: Application[] }>().data;

/** A multipart/form-data body built by hand, as a browser sends it. */
function multipart(parts: { name: string; value: string | Buffer; filename?: string }[]) {
  const boundary = `----jobpilot${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}`;
    const type = part.filename ? 'Content-Type: text/csv\r\n' : '';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`));
    chunks.push(Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

const postForm = (url: string, user: SignedInUser, parts: Parameters<typeof multipart>[0]) => {
  const form = multipart(parts);
  return t.app.inject({
    method: 'POST',
    url,
    payload: form.payload,
    headers: { ...user.auth, 'content-type': form.contentType },
  });
};

/** The CSV body as rows of cells, without the byte order mark. */
const csvRows = (body: string) => Papa.parse<string[]>(body.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('authentication', () => {
  it.each([
    ['GET', '/api/v1/applications/export'],
    ['GET', '/api/v1/export'],
    ['POST', '/api/v1/applications/import/preview'],
    ['POST', '/api/v1/applications/import'],
  ] as const)('%s %s answers 401 without a session', async (method, url) => {
    const res = await t.app.inject({ method, url, payload: method === 'POST' ? { csv: huntr } : undefined });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });
});

describe('OpenAPI', () => {
  it('documents the import and export routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/applications/export',
        '/api/v1/export',
        '/api/v1/applications/import/preview',
        '/api/v1/applications/import',
      ]),
    );
  });
});

describe('GET /applications/export', () => {
  it('downloads every application of the user as an Excel-friendly CSV, and nobody else’s', async () => {
    const ann = await signedInUser(t);
    const bob = await signedInUser(t);
    await insertApplication(t, ann, { company: 'Acme, Inc.', position: 'Engineer', notes: 'Line one\nsaid "hi"' });
    await insertApplication(t, ann, { company: 'Globex', position: 'Designer', status: 'applied' });
    await insertApplication(t, bob, { company: 'Bob Co', position: 'Secret role' });

    const res = await get('/api/v1/applications/export?format=csv', ann);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="jobpilot-applications-${today()}.csv"; filename*=UTF-8''jobpilot-applications-${today()}.csv`,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.startsWith('\uFEFFCompany,Position,Status,')).toBe(true);
    expect(res.body).toContain('\r\n');
    expect(res.body).not.toContain('Bob Co');
    const rows = csvRows(res.body);
    expect(rows[0]).toEqual(EXPORT_CSV_HEADER);
    expect(rows).toHaveLength(3);
    const globex = rows.find((r) => r[0] === 'Globex');
    expect(globex?.slice(0, 4)).toEqual(['Globex', 'Designer', 'Applied', today()]);
    const acme = rows.find((r) => r[0] === 'Acme, Inc.');
    expect(acme?.[EXPORT_CSV_HEADER.indexOf('Notes')]).toBe('Line one\nsaid "hi"');
    expect(acme?.[EXPORT_CSV_HEADER.indexOf('Salary min')]).toBe('90000');
    expect(acme?.[EXPORT_CSV_HEADER.indexOf('Created')]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

    const bobs = csvRows((await get('/api/v1/applications/export', bob)).body);
    expect(bobs.slice(1).map((r) => r[0])).toEqual(['Bob Co']);
  });

  it('is not taken for an application id, and /applications/:id still answers', async () => {
    const ann = await signedInUser(t);
    const app = await insertApplication(t, ann);
    expect((await get('/api/v1/applications/export', ann)).headers['content-type']).toMatch(/^text\/csv/);
    expect((await get(`/api/v1/applications/${app.id}`, ann)).json().data.id).toBe(app.id);
  });

  it('keeps the list filters: status, search words and sort', async () => {
    const ann = await signedInUser(t);
    await insertApplication(t, ann, { company: 'Zeta', position: 'Frontend Engineer', status: 'applied' });
    await insertApplication(t, ann, { company: 'Alpha', position: 'Frontend Lead', status: 'applied' });
    await insertApplication(t, ann, { company: 'Beta', position: 'Frontend Dev', status: 'saved' });
    await insertApplication(t, ann, { company: 'Gamma', position: 'Backend Dev', status: 'applied' });
    const res = await get('/api/v1/applications/export?status=applied&q=frontend&sort=company', ann);
    expect(
      csvRows(res.body)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['Alpha', 'Zeta']);
  });

  it('defuses cells that a spreadsheet would run as formulas', async () => {
    const ann = await signedInUser(t);
    await insertApplication(t, ann, {
      company: '=HYPERLINK("http://evil.example")',
      position: '+Engineer',
      notes: '@SUM(A1)',
    });
    const row = csvRows((await get('/api/v1/applications/export', ann)).body)[1];
    expect(row?.[0]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(row?.[1]).toBe("'+Engineer");
    expect(row?.[EXPORT_CSV_HEADER.indexOf('Notes')]).toBe("'@SUM(A1)");
  });

  it('answers 422 naming the field for an unknown format or filter', async () => {
    const ann = await signedInUser(t);
    const format = await get('/api/v1/applications/export?format=xlsx', ann);
    expect(format.statusCode).toBe(422);
    expect(format.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'format',
      message: 'Use format=csv',
    });
    const status = await get('/api/v1/applications/export?status=lost', ann);
    expect(status.statusCode).toBe(422);
    expect(status.json().error.field).toBe('status');
  });

  it('gives a file the import reads back with every column recognised and every row a duplicate', async () => {
    const ann = await signedInUser(t);
    await insertApplication(t, ann, {
      company: 'Acme',
      position: 'Engineer',
      appliedAt: '2026-03-02',
      status: 'interview',
    });
    const csv = (await get('/api/v1/applications/export', ann)).body;
    const res = await preview(ann, { csv });
    const data = res.json<{ data: CsvImportPreview }>().data;
    expect(data.errors).toEqual([]);
    expect(data.rows[0]?.values).toMatchObject({
      company: 'Acme',
      status: 'interview',
      appliedAt: '2026-03-02',
      salaryMin: 90_000,
      salaryMax: 120_000,
      salaryCurrency: 'USD',
      salaryPeriod: 'year',
      jobUrl: 'https://jobs.example.com/acme/123',
      source: 'LinkedIn',
      notes: 'Referred by Sam',
    });
    expect(data).toMatchObject({ duplicateRows: 1, importableRows: 0 });
  });
});

describe('GET /export', () => {
  it("holds all of the user's data and no secret, as a JSON download", async () => {
    const ann = await signedInUser(t, { name: 'Ann Lee' });
    const bob = await signedInUser(t, { name: 'Bob Stone' });
    const annApp = await insertApplication(t, ann, { company: 'Acme', position: 'Engineer' });
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${annApp.id}`,
      headers: ann.auth,
      payload: { status: 'applied' },
    });
    const bobApp = await insertApplication(t, bob, { company: 'Bob Co', position: 'Secret role' });
    await seedOtherModules(t.ctx.database.db, {
      userId: ann.id,
      applicationId: annApp.id,
      other: bob.id,
      label: 'ann',
    });
    await seedOtherModules(t.ctx.database.db, {
      userId: bob.id,
      applicationId: bobApp.id,
      other: ann.id,
      label: 'bob',
    });

    const res = await get('/api/v1/export', ann);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="jobpilot-export-${today()}.json"; filename*=UTF-8''jobpilot-export-${today()}.json`,
    );
    const doc = userExportSchema.parse(res.json());
    expect(doc).toMatchObject({ format: 'jobpilot-user-export', version: 1 });
    expect(doc.user).toMatchObject({ id: ann.id, name: 'Ann Lee', email: ann.email });
    expect(doc.applications).toHaveLength(1);
    expect(doc.applications[0]?.history.map((h: StatusChange) => [h.fromStatus, h.toStatus])).toEqual([
      [null, 'saved'],
      ['saved', 'applied'],
    ]);
    expect(doc.tasks.map((x) => x.title)).toEqual(['ann task']);
    expect(doc.interviews.map((x) => x.details)).toEqual(['ann interview']);
    expect(doc.contacts).toEqual([expect.objectContaining({ name: 'ann contact', applicationIds: [annApp.id] })]);
    expect(doc.profile?.headline).toBe('ann headline');
    expect(doc.notificationPreferences?.followUpDays).toBe(3);
    expect(doc.favorites).toEqual([expect.objectContaining({ profileUserId: bob.id })]);
    expect(doc.files.map((f) => f.filename)).toEqual(['ann.pdf']);
    expect(doc.notifications.map((n) => n.title)).toEqual(['ann notification']);
    expect(doc.resumes).toEqual([
      expect.objectContaining({
        name: 'ann résumé',
        isDefault: true,
        document: { basics: { name: 'ann résumé person' } },
        versions: [expect.objectContaining({ number: 1, kind: 'import', name: 'ann résumé' })],
      }),
    ]);

    expect(res.body).not.toMatch(
      /bob contact|bob task|bob interview|bob headline|Bob Co|bob\.pdf|bob notification|bob résumé/,
    );
    expect(res.body).not.toContain(ann.token);
    expect(res.body).not.toMatch(/password|token|storageKey|storage_key/i);
  });

  it('is complete but empty for a new user', async () => {
    const cy = await signedInUser(t);
    const doc = userExportSchema.parse((await get('/api/v1/export', cy)).json());
    expect(doc).toMatchObject({ applications: [], tasks: [], profile: null, notificationPreferences: null });
  });
});

describe('POST /applications/import/preview', () => {
  it('reads a Huntr export sent as JSON and writes nothing', async () => {
    const ann = await signedInUser(t);
    const res = await preview(ann, { csv: huntr });
    expect(res.statusCode).toBe(200);
    const data = res.json<{ data: CsvImportPreview }>().data;
    expect(data).toMatchObject({ totalRows: 9, validRows: 7, invalidRows: 2, importableRows: 7, dateOrder: 'mdy' });
    expect(data.headers.slice(0, 3)).toEqual(['Company', 'Job Title', 'List']);
    expect(data.errors.map((e) => [e.row, e.field])).toEqual([
      [8, 'company'],
      [9, 'appliedAt'],
    ]);
    expect(await listAll(ann)).toEqual([]);
  });

  it('reads an uploaded file with the options sent beside it', async () => {
    const ann = await signedInUser(t);
    const mapping = [
      'company',
      'position',
      'status',
      'location',
      'jobUrl',
      'salary',
      'appliedAt',
      null,
      'notes',
      'source',
    ];
    const res = await postForm('/api/v1/applications/import/preview', ann, [
      { name: 'options', value: JSON.stringify({ mapping }) },
      { name: 'file', filename: 'huntr.csv', value: Buffer.from(huntr) },
    ]);
    expect(res.statusCode).toBe(200);
    const data = res.json<{ data: CsvImportPreview }>().data;
    expect(data.mapping).toEqual(mapping);
    expect(data.rows[0]?.values).toMatchObject({
      notes: expect.stringContaining('Design system team'),
      source: 'Job search 2026',
    });
  });

  it('decodes a file saved as Windows-1252', async () => {
    const ann = await signedInUser(t);
    const bytes = Buffer.concat([
      Buffer.from('Company,Position\n'),
      Buffer.from([0x43, 0x61, 0x66, 0xe9]),
      Buffer.from(',Dev\n'),
    ]);
    const res = await postForm('/api/v1/applications/import/preview', ann, [
      { name: 'file', filename: 'a.csv', value: bytes },
    ]);
    expect(res.json().data.rows[0].values.company).toBe('Café');
  });

  it('marks only rows matching the same user’s applications as duplicates', async () => {
    const ann = await signedInUser(t);
    const bob = await signedInUser(t);
    await insertApplication(t, ann, { company: 'Lumen Health', position: 'Full Stack Developer' });
    const forAnn = (await preview(ann, { csv: huntr })).json<{ data: CsvImportPreview }>().data;
    const forBob = (await preview(bob, { csv: huntr })).json<{ data: CsvImportPreview }>().data;
    expect(forAnn.rows.filter((r) => r.duplicate).map((r) => r.values.company)).toEqual(['Lumen Health']);
    expect(forAnn.importableRows).toBe(6);
    expect(forBob.duplicateRows).toBe(0);
  });

  it('answers 422 naming the field for a missing file, a bad mapping or bad options', async () => {
    const ann = await signedInUser(t);
    const cases = [
      [await preview(ann, {}), 'csv', 'Upload or paste a CSV file'],
      [await preview(ann, { csv: '' }), 'csv', 'Upload or paste a CSV file'],
      [await preview(ann, { csv: 'Company\n' }), 'csv', 'The file has a header row but no applications under it'],
      [
        await preview(ann, { csv: huntr, mapping: ['company', 'company'] }),
        'mapping.1',
        'Company is chosen for two columns; pick it for one only',
      ],
      [
        await preview(ann, { csv: huntr, mapping: ['company'] }),
        'mapping',
        'The mapping names 1 columns but the file has 10',
      ],
      [await preview(ann, { csv: huntr, statusMap: { Wishlist: 'someday' } }), 'statusMap.Wishlist', undefined],
      [await preview(ann, { csv: huntr, dateOrder: 'ymd' }), 'dateOrder', undefined],
      [
        await postForm('/api/v1/applications/import/preview', ann, [{ name: 'options', value: '{}' }]),
        'file',
        'Choose a CSV file to upload',
      ],
      [
        await postForm('/api/v1/applications/import/preview', ann, [
          { name: 'options', value: '{oops' },
          { name: 'file', filename: 'a.csv', value: huntr },
        ]),
        'options',
        'The import options are not valid JSON',
      ],
    ] as const;
    for (const [res, field, message] of cases) {
      expect(res.statusCode, field).toBe(422);
      expect(res.json().error.field).toBe(field);
      if (message) expect(res.json().error.message).toBe(message);
    }
  });

  it('answers 413 for a file over the size limit, uploaded or pasted', async () => {
    const ann = await signedInUser(t);
    const big = `Company,Position\n${'Acme,Engineer\n'.repeat(Math.ceil(CSV_IMPORT_BYTES_MAX / 14) + 10)}`;
    const upload = await postForm('/api/v1/applications/import/preview', ann, [
      { name: 'file', filename: 'big.csv', value: big },
    ]);
    expect(upload.statusCode).toBe(413);
    expect(upload.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    const pasted = await preview(ann, { csv: big });
    expect(pasted.statusCode).toBe(413);
    expect(pasted.json().error.message).toBe('The file is larger than 2 MB; split it and import the parts');
  });

  it('answers 415 for a body that is neither JSON nor a form', async () => {
    const ann = await signedInUser(t);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications/import/preview',
      payload: huntr,
      headers: { ...ann.auth, 'content-type': 'text/plain' },
    });
    expect(res.statusCode).toBe(415);
  });
});

describe('POST /applications/import', () => {
  it('writes the valid rows with their first history entry and reports the skipped ones', async () => {
    const ann = await signedInUser(t);
    const bob = await signedInUser(t);
    const res = await runImport(ann, { csv: huntr });
    expect(res.statusCode).toBe(201);
    expect(res.json().message).toBe('Imported 7 applications');
    const result = res.json<{ data: CsvImportResult }>().data;
    expect(result).toMatchObject({ imported: 7, skippedInvalid: 2, skippedDuplicates: 0 });
    expect(result.errors.map((e) => e.row)).toEqual([8, 9]);

    const apps = await listAll(ann);
    expect(apps).toHaveLength(7);
    const quarry = apps.find((a) => a.company === 'Quarry Labs');
    expect(quarry).toMatchObject({
      status: 'interview',
      appliedAt: '2026-03-17',
      salaryMin: 185_000,
      location: 'Austin, TX',
    });
    const history = await get(`/api/v1/applications/${quarry?.id}/history`, ann);
    expect(history.json().data).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'interview' })]);
    expect(await listAll(bob)).toEqual([]);
    const forBob = await get(`/api/v1/applications/${quarry?.id}`, bob);
    expect(forBob.statusCode).toBe(404);
  });

  it('imports an uploaded file with the person’s status meanings and date order', async () => {
    const ann = await signedInUser(t);
    const csv = 'Employer;Role;Stage;Applied on\nKlarblick;Dev;Beworben;04/03/2026\nNordlicht;Lead;Offer;05/03/2026\n';
    const res = await postForm('/api/v1/applications/import', ann, [
      { name: 'file', filename: 'mine.csv', value: csv },
      { name: 'options', value: JSON.stringify({ statusMap: { Beworben: 'applied' }, dateOrder: 'dmy' }) },
    ]);
    expect(res.statusCode).toBe(201);
    const apps = await listAll(ann);
    expect(apps.map((a) => [a.company, a.status, a.appliedAt]).sort()).toEqual([
      ['Klarblick', 'applied', '2026-03-04'],
      ['Nordlicht', 'offer', '2026-03-05'],
    ]);
  });

  it('skips applications already tracked, and imports them again only when told', async () => {
    const ann = await signedInUser(t);
    expect((await runImport(ann, { csv: huntr })).statusCode).toBe(201);
    const again = await runImport(ann, { csv: huntr });
    expect(again.statusCode).toBe(422);
    expect(again.json().error).toMatchObject({
      field: 'csv',
      message: 'Nothing to import: every row has a problem or is already in JobPilot',
    });
    expect(await listAll(ann)).toHaveLength(7);
    const forced = await runImport(ann, { csv: huntr, skipDuplicates: false });
    expect(forced.json().data).toMatchObject({ imported: 7, skippedDuplicates: 0 });
    expect(await listAll(ann)).toHaveLength(14);
  });

  it('refuses, writing nothing, without a company column or without any good row', async () => {
    const ann = await signedInUser(t);
    const unmapped = await runImport(ann, {
      csv: huntr,
      mapping: [null, 'position', 'status', null, null, null, null, null, null, null],
    });
    expect(unmapped.statusCode).toBe(422);
    expect(unmapped.json().error).toMatchObject({
      field: 'mapping',
      message: 'Choose the column that holds the company',
    });
    const bad = await runImport(ann, { csv: 'Company,Title,Date applied\n,Dev,2026-01-01\nAcme,Dev,yesterday\n' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({ field: 'csv', message: 'Nothing to import: every row has a problem' });
    expect(bad.json().error.details).toHaveLength(2);
    expect(await listAll(ann)).toEqual([]);
  });

  it('writes all rows or none: a failing row rolls the whole batch back', async () => {
    const ann = await signedInUser(t);
    const repository = createApplicationsRepository(t.ctx.database.db);
    const good = { company: 'Acme', position: 'Dev', status: 'saved' as const };
    const rows = Array.from({ length: 600 }, () => good);
    // Past the first chunk of 500, a status the database's check constraint refuses.
    const broken = [...rows, { ...good, status: 'lost' as 'saved' }];
    await expect(repository.createMany(ann.id, broken)).rejects.toThrow();
    expect(await listAll(ann)).toEqual([]);
    expect(await repository.createMany(ann.id, rows)).toBe(600);
  });
});
