import { SESSION_COOKIE_PREFIX } from './auth.ts';

const SESSION_COOKIE = `${SESSION_COOKIE_PREFIX}.session_token`;
const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

/** The raw credentials a request may carry. */
export interface Credentials {
  authorization?: string | undefined;
  cookie?: string | undefined;
}

/** The one credential a session lookup uses, and the cache key that names exactly that credential. */
export interface SessionCredential {
  /** The whole credential as sent (`bearer <value>` or `cookie <name>=<value>`), signature included. */
  key: string;
  /** Headers carrying that credential and nothing else, for better-auth. */
  headers: Headers;
}

/**
 * The session credential of a request: the bearer token if there is one, else the first session cookie.
 * The key is the whole value, signature and all, and better-auth is shown only that value, so whatever
 * it answers belongs to that exact key: a copy with a wrong signature is a different key and can
 * neither match, evict nor shadow the real one. Bearer and cookie keys differ because better-auth reads
 * them differently (an unsigned bearer token is valid, an unsigned cookie is not).
 */
export function sessionCredential({ authorization, cookie }: Credentials): SessionCredential | undefined {
  if (authorization?.slice(0, 7).toLowerCase() === 'bearer ') {
    const token = authorization.slice(7).trim();
    if (!token) return undefined;
    return { key: `bearer ${token}`, headers: new Headers({ authorization: `Bearer ${token}` }) };
  }
  const pair = sessionCookiePair(cookie);
  if (!pair) return undefined;
  return { key: `cookie ${pair}`, headers: new Headers({ cookie: pair }) };
}

/** True when a Cookie header carries a session cookie, i.e. the browser would authenticate with it. */
export function hasSessionCookie(cookie: string | undefined): boolean {
  return sessionCookiePair(cookie) !== undefined;
}

/** `name=value` of the first non-empty session cookie in a Cookie header. */
function sessionCookiePair(cookie: string | undefined): string | undefined {
  if (!cookie) return undefined;
  for (const part of cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (value && (name === SESSION_COOKIE || name === SECURE_SESSION_COOKIE)) return `${name}=${value}`;
  }
  return undefined;
}
