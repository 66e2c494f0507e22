import { type Application, UNSTORABLE_TEXT_MESSAGE } from '@jobpilot/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/app.ts';
import { insertApplication, PASSWORD, type SignedInUser, signedInUser } from '#test/client.ts';

let t: TestApp;
let user: SignedInUser;
let application: Application;
let contactId: string;
let interviewId: string;
let taskId: string;

const NUL = '\u0000';
const LONE_SURROGATE = '\uD83D'; // the first half of an emoji, without its second half
const BAD_TEXT = { 'a null byte': NUL, 'a lone surrogate': LONE_SURROGATE };

const contactBody = {
  name: 'Sam Lee',
  position: 'Recruiter',
  company: 'Acme',
  emails: ['sam@example.com'],
  phones: ['+1 555 010 2000'],
  links: ['https://example.com/sam'],
  notes: 'Met at the fair',
};
const interviewBody = {
  company: 'Acme',
  position: 'Engineer',
  scheduledAt: '2031-05-12T14:00:00+02:00',
  timezone: 'Europe/Berlin',
  type: 'onsite',
  location: 'Main office',
  meetingUrl: 'https://meet.example.com/acme',
  details: 'Bring the portfolio',
};
const profileBody = {
  name: 'Test User',
  headline: 'Engineer',
  phone: '+1 555 010 2000',
  location: 'Berlin',
  skills: ['TypeScript'],
  links: ['https://example.com/me'],
};

/** Puts `bad` inside the field's valid value, so only the unstorable character can be wrong. */
function spoil(value: unknown, bad: string): unknown {
  if (Array.isArray(value)) return [spoil(value[0], bad)];
  const text = String(value);
  if (text.startsWith('https://')) return `${text}/x${bad}y`;
  if (text.includes('@')) return text.replace('@', `${bad}@`);
  return `${text.slice(0, 1)}${bad}${text.slice(1)}`;
}

interface BodyCase {
  what: string;
  method: 'POST' | 'PATCH' | 'PUT';
  url: () => string;
  body: Record<string, unknown>;
  fields: string[];
  /** Sent whole on create, alone on update. */
  whole: boolean;
}

const bodyCases: BodyCase[] = [
  {
    what: 'create an application',
    method: 'POST',
    url: () => '/api/v1/applications',
    body: {
      company: 'Acme',
      position: 'Engineer',
      location: 'Remote',
      salaryCurrency: 'USD',
      jobUrl: 'https://jobs.example.com/1',
      jobDescription: 'Build things',
      source: 'LinkedIn',
      notes: 'Referred by Sam',
    },
    fields: ['company', 'position', 'location', 'salaryCurrency', 'jobUrl', 'jobDescription', 'source', 'notes'],
    whole: true,
  },
  {
    what: 'update an application',
    method: 'PATCH',
    url: () => `/api/v1/applications/${application.id}`,
    body: { company: 'Acme', position: 'Engineer', location: 'Remote', jobUrl: 'https://jobs.example.com/1' },
    fields: ['company', 'position', 'location', 'jobUrl'],
    whole: false,
  },
  {
    what: 'create a contact',
    method: 'POST',
    url: () => '/api/v1/contacts',
    body: contactBody,
    fields: ['name', 'position', 'company', 'emails', 'phones', 'links', 'notes'],
    whole: true,
  },
  {
    what: 'update a contact',
    method: 'PATCH',
    url: () => `/api/v1/contacts/${contactId}`,
    body: contactBody,
    fields: ['name', 'notes', 'links'],
    whole: false,
  },
  {
    what: 'create an interview',
    method: 'POST',
    url: () => '/api/v1/interviews',
    body: interviewBody,
    fields: ['company', 'position', 'scheduledAt', 'timezone', 'location', 'meetingUrl', 'details'],
    whole: true,
  },
  {
    what: 'update an interview',
    method: 'PATCH',
    url: () => `/api/v1/interviews/${interviewId}`,
    body: interviewBody,
    fields: ['company', 'details', 'meetingUrl'],
    whole: false,
  },
  {
    what: 'create a task',
    method: 'POST',
    url: () => `/api/v1/applications/${application.id}/tasks`,
    body: { title: 'Send the thank-you note' },
    fields: ['title'],
    whole: true,
  },
  {
    what: 'update a task',
    method: 'PATCH',
    url: () => `/api/v1/applications/${application.id}/tasks/${taskId}`,
    body: { title: 'Send the thank-you note' },
    fields: ['title'],
    whole: false,
  },
  {
    what: 'save the profile',
    method: 'PUT',
    url: () => '/api/v1/profile',
    body: profileBody,
    fields: ['name', 'headline', 'phone', 'location', 'skills', 'links'],
    whole: true,
  },
];

const arrayFields = new Set(['emails', 'phones', 'links', 'skills']);
const fieldPath = (field: string) => (arrayFields.has(field) ? `${field}.0` : field);
/** Fields whose format (an ISO instant) refuses the character first, with its own message. */
const formatFields = new Set(['scheduledAt']);

async function created(url: string, payload: object): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url, headers: user.auth, payload });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json().data.id;
}

beforeAll(async () => {
  t = await createTestApp();
  user = await signedInUser(t);
  application = await insertApplication(t, user);
  contactId = await created('/api/v1/contacts', contactBody);
  interviewId = await created('/api/v1/interviews', interviewBody);
  taskId = await created(`/api/v1/applications/${application.id}/tasks`, { title: 'Call Sam' });
});
afterAll(() => t.close());

describe('unstorable text in a request body is refused with 422 naming the field', () => {
  for (const c of bodyCases) {
    for (const field of c.fields) {
      for (const [name, bad] of Object.entries(BAD_TEXT)) {
        it(`${c.what}: ${name} in ${field}`, async () => {
          const spoilt = spoil(c.body[field], bad);
          const payload = c.whole ? { ...c.body, [field]: spoilt } : { [field]: spoilt };
          const res = await t.app.inject({ method: c.method, url: c.url(), headers: user.auth, payload });
          expect(res.statusCode, res.body).toBe(422);
          expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: fieldPath(field) });
          if (!formatFields.has(field)) expect(res.json().error.message).toBe(UNSTORABLE_TEXT_MESSAGE);
        });
      }
    }
  }

  it('keeps the stored rows as they were', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/contacts/${contactId}`, headers: user.auth });
    expect(res.json().data).toMatchObject({ name: 'Sam Lee', notes: 'Met at the fair' });
  });

  it('still takes a whole emoji, whose two halves are a pair', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${application.id}/tasks/${taskId}`,
      headers: user.auth,
      payload: { title: 'Celebrate 🎉' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.title).toBe('Celebrate 🎉');
  });
});

describe('unstorable text in the auth forms is refused with 422 naming the field', () => {
  const authCases: { url: string; payload: Record<string, string>; field: string }[] = [
    { url: '/api/v1/auth/reset-password', payload: { token: 'abc\u0000def', password: PASSWORD }, field: 'token' },
    { url: '/api/v1/auth/reset-password', payload: { token: 'abc\uD800', password: PASSWORD }, field: 'token' },
    {
      url: '/api/v1/auth/reset-password',
      payload: { token: 'abcdef', password: `${PASSWORD}\u0000` },
      field: 'password',
    },
    { url: '/api/v1/auth/verify-email', payload: { token: 'abc\u0000def' }, field: 'token' },
    {
      url: '/api/v1/auth/register',
      payload: { email: 'new@example.com', password: PASSWORD, name: 'New\u0000Person' },
      field: 'name',
    },
    {
      url: '/api/v1/auth/register',
      payload: { email: 'new@example.com', password: `${PASSWORD}\uDC00`, name: 'New Person' },
      field: 'password',
    },
    {
      url: '/api/v1/auth/register',
      payload: { email: 'n\u0000ew@example.com', password: PASSWORD, name: 'N' },
      field: 'email',
    },
    { url: '/api/v1/auth/login', payload: { email: 'user@example.com', password: `a\u0000b` }, field: 'password' },
    { url: '/api/v1/auth/login', payload: { email: 'us\u0000er@example.com', password: PASSWORD }, field: 'email' },
    { url: '/api/v1/auth/forgot-password', payload: { email: 'us\u0000er@example.com' }, field: 'email' },
  ];
  for (const c of authCases) {
    it(`${c.url}: ${c.field} holding ${JSON.stringify(c.payload[c.field])}`, async () => {
      const res = await t.app.inject({ method: 'POST', url: c.url, payload: c.payload });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: c.field });
    });
  }
});

describe('a null byte in a search or export query is refused with 422 naming q', () => {
  const urls = [
    '/api/v1/applications?q=a%00b',
    '/api/v1/contacts?q=a%00b',
    '/api/v1/users?q=a%00b',
    '/api/v1/applications/export?format=csv&q=a%00b',
    '/api/v1/contacts/export?format=csv&q=a%00b',
    '/api/v1/contacts/export?format=vcf&q=%00',
  ];
  for (const url of urls) {
    it(url, async () => {
      const res = await t.app.inject({ method: 'GET', url, headers: user.auth });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'q' });
    });
  }
});

describe('an import reports the rows holding unstorable text and keeps the others', () => {
  it('imports the other rows of an application CSV and names the row and field of the bad one', async () => {
    const csv =
      'Company,Position,Notes\nInitech,Engineer,Fine\nGlobex,Designer,Bad\u0000note\nUmbrella,Analyst,\uD800\n';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications/import',
      headers: user.auth,
      payload: { csv },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data).toMatchObject({
      imported: 1,
      skippedInvalid: 2,
      errors: [
        { row: 3, field: 'notes', message: UNSTORABLE_TEXT_MESSAGE },
        { row: 4, field: 'notes', message: UNSTORABLE_TEXT_MESSAGE },
      ],
    });
  });

  it('marks the vCard holding a null byte invalid and saves the others', async () => {
    const text = [
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Good\r\nEND:VCARD',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bo\u0000b Bad\r\nEND:VCARD',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cy Fine\r\nNOTE:half an emoji \uDE00\r\nEND:VCARD',
    ].join('\r\n');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/contacts/import?mode=commit',
      headers: user.auth,
      payload: { text, format: 'vcf' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const result = res.json().data;
    expect(result.counts).toMatchObject({ total: 3, created: 1, invalid: 2 });
    expect(result.entries.map((e: { status: string }) => e.status)).toEqual(['created', 'invalid', 'invalid']);
    expect(result.entries[1].error).toContain(UNSTORABLE_TEXT_MESSAGE);
  });

  it('marks the CSV contact row holding a null byte invalid', async () => {
    const text = 'Name,Email\nDee Good,dee@example.com\nEd\u0000 Bad,ed@example.com\n';
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/contacts/import?mode=preview',
      headers: user.auth,
      payload: { text, format: 'csv' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.counts).toMatchObject({ total: 2, new: 1, invalid: 1 });
  });
});
