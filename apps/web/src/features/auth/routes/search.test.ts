import { describe, expect, it } from 'vitest';
import { loginSearchSchema, safeRedirect, tokenSearchSchema } from './search';

describe('safeRedirect', () => {
  it('follows a path on this site after signing in', () => {
    expect(safeRedirect('/applications?page=2')).toBe('/applications?page=2');
  });

  it('never follows another site, and lands on the dashboard without a target', () => {
    expect(safeRedirect('//evil.example/x')).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect(undefined)).toBe('/');
  });
});

describe('auth search schemas', () => {
  it('read the redirect and the mailed token, and drop values of the wrong kind', () => {
    expect(loginSearchSchema.parse({ redirect: '/tasks' })).toEqual({ redirect: '/tasks' });
    expect(loginSearchSchema.parse({ redirect: 5 })).toEqual({});
    expect(tokenSearchSchema.parse({ token: 'abc' })).toEqual({ token: 'abc' });
    expect(tokenSearchSchema.parse({ token: ['a', 'b'] })).toEqual({});
  });
});
