import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory, createRouter } from '@tanstack/react-router';
import { describe, expect, it } from 'vitest';
import { collectRoutes, navigationGroups, palettePages } from '#lib/feature';
import { createShell } from '#lib/route-shell';
import { FEATURES } from './features';

const Nothing = () => null;

/** The app's real route tree from the feature list, in memory, with a session or without one. */
function appRouter(path: string, signedIn: boolean) {
  const shell = createShell({
    layout: Nothing,
    notFound: Nothing,
    error: Nothing,
    currentUser: async () => (signedIn ? { id: 'u1' } : null),
  });
  const routes = collectRoutes(FEATURES, shell);
  const routeTree = shell.root.addChildren([...routes.root, shell.user.addChildren(routes.user)]);
  return createRouter({
    routeTree,
    history: createMemoryHistory({ initialEntries: [path] }),
    context: { queryClient: new QueryClient(), slots: {} },
  });
}

describe('the feature list', () => {
  it('builds the side navigation by what a person is doing, without the Outbox', () => {
    const groups = navigationGroups(FEATURES).map(
      (group) => `${group.label}: ${group.entries.map((entry) => `${entry.label} ${entry.to}`).join(', ')}`,
    );
    expect(groups).toEqual([
      'Track: Applications /applications, Interviews /interviews, Tasks /tasks, Contacts /contacts, People /people',
      'Documents: Résumés /resumes',
      'Insights: Dashboard /, Analytics /analytics',
      'Account: My profile /profile, Settings /settings',
    ]);
  });

  it('gives every navigation entry a page', () => {
    const paths = new Set(Object.keys(appRouter('/', true).routesByPath));
    for (const entry of navigationGroups(FEATURES).flatMap((group) => group.entries)) {
      expect(paths, entry.label).toContain(entry.to);
    }
  });

  it('lets the command palette find every page, settings sub-pages and the import page included', () => {
    const paths = new Set(Object.keys(appRouter('/', true).routesByPath));
    const pages = palettePages(FEATURES);
    for (const page of pages) expect(paths, page.label).toContain(page.to);
    expect(pages.map((page) => page.to)).toEqual(
      expect.arrayContaining([
        '/people',
        '/profile',
        '/settings/account',
        '/settings/sessions',
        '/settings/notifications',
        '/settings/appearance',
        '/settings/outbox',
        '/applications/import',
      ]),
    );
    expect(pages.find((page) => page.to === '/settings/sessions')?.groupLabel).toBe('Account');
  });

  it('puts every page behind the session check but the sign-in pages and the home page (its own check)', () => {
    const router = appRouter('/', true);
    const open = Object.values(router.routesById)
      .filter((route) => route.parentRoute?.id === '__root__' && route.id !== '/authed')
      .map((route) => route.id)
      .sort();
    expect(open).toEqual([
      '/',
      '/forgot-password',
      '/login',
      '/r/$token',
      '/register',
      '/reset-password',
      '/verify-email',
    ]);
    expect(router.routesById['/authed/contacts'].parentRoute.id).toBe('/authed');
  });

  it('opens a page with its params once signed in', async () => {
    const router = appRouter('/people/0b9d3c1e-6f4a-4c2b-9e8d-1a2b3c4d5e6f', true);
    await router.load();
    const page = router.state.matches.at(-1);
    expect(page?.routeId).toBe('/authed/people/$userId');
    expect(page?.params).toEqual({ userId: '0b9d3c1e-6f4a-4c2b-9e8d-1a2b3c4d5e6f' });
  });

  it('loads each page’s code only when it is visited', async () => {
    const router = appRouter('/settings/outbox', true);
    const outbox = router.routesById['/authed/settings/outbox'];
    const contacts = router.routesById['/authed/contacts'];
    expect(outbox.options.component).toHaveProperty('preload');
    await router.load();
    expect(router.state.matches.at(-1)?.routeId).toBe('/authed/settings/outbox');
    expect(contacts.options.component).toHaveProperty('preload');
  });
});
