import type { Application } from '@jobpilot/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertContact } from '#modules/contacts/contacts.factory.ts';
import { createTestApp, type TestApp } from '#test/app.ts';
import { insertApplication, type SignedInUser, signedInUser } from '#test/client.ts';

let t: TestApp;
let user: SignedInUser;
beforeAll(async () => {
  t = await createTestApp();
  user = await signedInUser(t);
  const add = (o: Parameters<typeof insertApplication>[2]) => insertApplication(t, user, o);
  await add({
    company: 'Globex',
    position: 'Senior Backend Engineer',
    location: 'Berlin, Germany',
    salaryMin: 70_000,
    salaryMax: 90_000,
    salaryCurrency: 'EUR',
    source: 'LinkedIn',
    status: 'applied',
    appliedAt: '2026-03-02',
    notes: 'Long notes about the team, the office by the river and the interview loop; they use Kubernetes daily.',
  });
  await add({
    company: 'Initech',
    position: 'Product Designer',
    location: 'Remote',
    salaryMin: 100_000,
    salaryMax: 130_000,
    salaryCurrency: 'USD',
    source: 'Referral',
    status: 'applied',
    appliedAt: '2026-04-15',
    notes: null,
  });
  await add({
    company: 'Hooli',
    position: 'Data Analyst',
    location: 'Munich',
    salaryMin: null,
    salaryMax: null,
    salaryCurrency: null,
    source: 'Company site',
    notes: 'Met them at the Berlin meetup',
  });
  await add({
    company: 'Umbrella',
    position: 'Engineering Manager',
    location: 'Paris',
    salaryMin: 60_000,
    salaryMax: null,
    salaryCurrency: 'EUR',
    source: 'Indeed',
    status: 'applied',
    appliedAt: '2026-05-20',
    notes: null,
  });
  // Another user's matching rows never show.
  const other = await signedInUser(t);
  await insertApplication(t, other, { company: 'Globex', position: 'Backend Engineer', location: 'Berlin' });
});
afterAll(() => t.close());

const companies = async (query: string) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/applications${query}`, headers: user.auth });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ data: Application[] }>().data.map((a) => a.company);
};

describe('search box', () => {
  it('finds a typo ("enginer") in the position, best match first', async () => {
    expect(await companies('?q=enginer')).toEqual(['Globex', 'Umbrella']);
  });

  it('finds a location, and a word inside long notes', async () => {
    expect((await companies('?q=Berlin')).sort()).toEqual(['Globex', 'Hooli']);
    expect(await companies('?q=kubernetes')).toEqual(['Globex']);
  });

  it('searches the source, and every word must match', async () => {
    expect(await companies('?q=referral')).toEqual(['Initech']);
    expect(await companies('?q=berlin%20analyst')).toEqual(['Hooli']);
    expect(await companies('?q=zzzzzz')).toEqual([]);
  });

  it('an explicit sort wins over relevance', async () => {
    expect(await companies('?q=berlin&sort=company')).toEqual(['Globex', 'Hooli']);
    expect(await companies('?q=berlin&sort=-company')).toEqual(['Hooli', 'Globex']);
  });
});

describe('filters', () => {
  it('by location and by source, a part of either, any case', async () => {
    expect(await companies('?location=berlin')).toEqual(['Globex']);
    expect(await companies('?source=linked')).toEqual(['Globex']);
  });

  it('by salary: ranges that overlap the bounds, in one currency', async () => {
    // Umbrella gives only a minimum (60,000): a range of one value, below 85,000.
    expect(await companies('?salaryMin=85000&sort=company')).toEqual(['Globex', 'Initech']);
    expect(await companies('?salaryMin=85000&currency=eur')).toEqual(['Globex']);
    expect(await companies('?salaryMin=50000&currency=EUR&sort=company')).toEqual(['Globex', 'Umbrella']);
    expect(await companies('?salaryMax=65000')).toEqual(['Umbrella']);
    expect(await companies('?salaryMin=95000&salaryMax=99000&currency=EUR')).toEqual([]);
  });

  it('by applied date, both ends included', async () => {
    expect(await companies('?appliedFrom=2026-03-02&appliedTo=2026-04-15&sort=appliedAt')).toEqual([
      'Globex',
      'Initech',
    ]);
  });

  it('refuses a salary or date range that is upside down, naming the field', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/applications?salaryMin=10&salaryMax=5',
      headers: user.auth,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      field: 'salaryMax',
      message: 'The lowest salary must not exceed the highest',
    });
    const dates = await t.app.inject({
      method: 'GET',
      url: '/api/v1/applications?appliedFrom=2026-05-01&appliedTo=2026-04-01',
      headers: user.auth,
    });
    expect(dates.statusCode).toBe(422);
    expect(dates.json().error.field).toBe('appliedTo');
  });

  it('combines filters with status and search', async () => {
    expect(await companies('?status=applied&currency=EUR&q=enginer')).toEqual(['Globex', 'Umbrella']);
    expect(await companies('?status=saved&q=berlin')).toEqual(['Hooli']);
  });
});

describe('export', () => {
  it('exports only the applications the filters keep', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/applications/export?format=csv&q=enginer&currency=EUR&salaryMin=80000',
      headers: user.auth,
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Globex');
    expect(res.body).not.toContain('Umbrella');
    expect(res.body).not.toContain('Initech');
  });
});

describe('sort by salary', () => {
  it('orders by the top of the range, applications without a salary last both ways', async () => {
    expect(await companies('?sort=salary')).toEqual(['Umbrella', 'Globex', 'Initech', 'Hooli']);
    expect(await companies('?sort=-salary')).toEqual(['Initech', 'Globex', 'Umbrella', 'Hooli']);
  });
});

describe('contacts search', () => {
  it('finds a contact by a part of their email address', async () => {
    await insertContact(t.ctx.database.db, { userId: user.id, name: 'Pat Lee', emails: ['pat.lee@globex.example'] });
    await insertContact(t.ctx.database.db, { userId: user.id, name: 'Sam Roe', emails: ['sam@initech.example'] });
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/contacts?q=globex.example', headers: user.auth });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.map((c: { name: string }) => c.name)).toEqual(['Pat Lee']);
  });
});
