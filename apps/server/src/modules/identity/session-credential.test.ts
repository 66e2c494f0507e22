import { describe, expect, it } from 'vitest';
import { hasSessionCookie, sessionCredential } from './session-credential.ts';

describe('sessionCredential', () => {
  it('keys a cookie on its whole signed value and shows better-auth that cookie alone', () => {
    const credential = sessionCredential({ cookie: 'theme=dark; jobpilot.session_token=abc123.sig%2Bnature%3D' });
    expect(credential?.key).toBe('cookie jobpilot.session_token=abc123.sig%2Bnature%3D');
    expect(credential?.headers.get('cookie')).toBe('jobpilot.session_token=abc123.sig%2Bnature%3D');
  });

  it('gives a wrong signature of the same token a different key', () => {
    const real = sessionCredential({ cookie: 'jobpilot.session_token=abc123.real' });
    const forged = sessionCredential({ cookie: 'jobpilot.session_token=abc123.forged' });
    expect(forged?.key).not.toBe(real?.key);
  });

  it('prefers the bearer token, keyed apart from a cookie of the same value, and sends only it', () => {
    const credential = sessionCredential({
      authorization: 'bearer  abc123 ',
      cookie: 'jobpilot.session_token=other.sig',
    });
    expect(credential?.key).toBe('bearer abc123');
    expect(credential?.headers.get('authorization')).toBe('Bearer abc123');
    expect(credential?.headers.get('cookie')).toBeNull();
    expect(sessionCredential({ cookie: 'jobpilot.session_token=abc123' })?.key).not.toBe(credential?.key);
  });

  it('finds nothing without a session credential', () => {
    expect(sessionCredential({ cookie: 'theme=dark' })).toBeUndefined();
    expect(sessionCredential({ cookie: 'jobpilot.session_token=' })).toBeUndefined();
    expect(sessionCredential({ authorization: 'Bearer ' })).toBeUndefined();
    expect(sessionCredential({})).toBeUndefined();
    expect(hasSessionCookie('theme=dark')).toBe(false);
    expect(hasSessionCookie('a=b; __Secure-jobpilot.session_token=x.y')).toBe(true);
  });
});
