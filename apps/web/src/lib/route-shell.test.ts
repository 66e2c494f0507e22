import { QueryClient } from '@tanstack/react-query';
import { isRedirect } from '@tanstack/react-router';
import { describe, expect, it } from 'vitest';
import { createShell, type RouterContext } from './route-shell';

const Nothing = () => null;
const context: RouterContext = { queryClient: new QueryClient(), slots: {} };

function shellFor(user: unknown) {
  return createShell({ layout: Nothing, notFound: Nothing, error: Nothing, currentUser: async () => user });
}

/** Runs a guard and returns where it sends the person (undefined: the page opens). */
async function destination(guard: () => unknown) {
  try {
    await guard();
    return undefined;
  } catch (thrown) {
    if (!isRedirect(thrown)) throw thrown;
    return { to: thrown.options.to, search: thrown.options.search };
  }
}

describe('the shell routes', () => {
  it('send a person without a session from a page to sign in, and back to it afterwards', async () => {
    const { user } = shellFor(null);
    const guard = user.options.beforeLoad as (opts: unknown) => Promise<void>;
    expect(await destination(() => guard({ context, location: { href: '/contacts?q=acme' } }))).toEqual({
      to: '/login',
      search: { redirect: '/contacts?q=acme' },
    });
  });

  it('open the pages for a signed-in person', async () => {
    const { user, guards } = shellFor({ id: 'u1' });
    const guard = user.options.beforeLoad as (opts: unknown) => Promise<void>;
    expect(await destination(() => guard({ context, location: { href: '/contacts' } }))).toBeUndefined();
    expect(await destination(() => guards.signedIn({ context }))).toBeUndefined();
  });

  it('send a person without a session from the home page to sign in, with nothing to go back to', async () => {
    const { guards } = shellFor(null);
    expect(await destination(() => guards.signedIn({ context }))).toEqual({ to: '/login', search: undefined });
    expect(await destination(() => guards.signedOut({ context }))).toBeUndefined();
  });

  it('send a signed-in person from sign-in and registration to the dashboard', async () => {
    const { guards } = shellFor({ id: 'u1' });
    expect(await destination(() => guards.signedOut({ context }))).toEqual({ to: '/', search: undefined });
  });
});
