import { describe, expect, it } from 'vitest';
import {
  createApplicationSchema,
  listApplicationsQuerySchema,
  paginate,
  registerSchema,
  updateApplicationSchema,
} from './index.js';

describe('paginate', () => {
  it('derives pages and neighbours', () => {
    expect(paginate(2, 20, 45)).toEqual({ page: 2, limit: 20, total: 45, totalPages: 3, hasNext: true, hasPrev: true });
    expect(paginate(1, 20, 0)).toEqual({ page: 1, limit: 20, total: 0, totalPages: 1, hasNext: false, hasPrev: false });
  });
});

describe('application schemas', () => {
  it('normalises optional fields: blanks become null, currency upper-case, status defaults to saved', () => {
    const parsed = createApplicationSchema.parse({
      company: '  Acme ',
      position: 'Dev',
      location: '',
      salaryCurrency: 'eur',
      jobUrl: '',
    });
    expect(parsed).toMatchObject({ company: 'Acme', location: null, salaryCurrency: 'EUR', jobUrl: null });
    expect(parsed.status).toBe('saved');
  });

  it('names the failing field', () => {
    const result = createApplicationSchema.safeParse({ company: 'A', position: 'B', salaryMin: 5, salaryMax: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['salaryMax']);
    expect(updateApplicationSchema.safeParse({}).success).toBe(false);
  });

  it('accepts one or many statuses in a list query', () => {
    expect(listApplicationsQuerySchema.parse({ status: 'applied' }).status).toEqual(['applied']);
    expect(listApplicationsQuerySchema.parse({ status: ['applied', 'offer'], page: '2' })).toMatchObject({
      status: ['applied', 'offer'],
      page: 2,
      limit: 20,
    });
    // No sort given: the server ranks a search by relevance and anything else newest first (ADR 027).
    expect(listApplicationsQuerySchema.parse({}).sort).toBeUndefined();
  });

  it('takes one or many tags, and upper-cases a currency', () => {
    const id = '0b7c4a5e-8c1e-4d2a-9f3b-2a1d5e6f7a8b';
    expect(listApplicationsQuerySchema.parse({ tag: id, currency: 'eur', salaryMin: '5000' })).toMatchObject({
      tag: [id],
      currency: 'EUR',
      salaryMin: 5000,
    });
    expect(listApplicationsQuerySchema.safeParse({ tag: 'nope' }).error?.issues[0]?.message).toBe('Not a valid tag id');
  });
});

describe('registerSchema', () => {
  it('asks for 10 characters and lower-cases the email', () => {
    expect(registerSchema.safeParse({ email: 'a@b.co', password: 'short', name: 'A' }).success).toBe(false);
    expect(registerSchema.parse({ email: 'A@B.co', password: 'long-enough', name: 'A' }).email).toBe('a@b.co');
  });
});
