import { IconHome } from '@tabler/icons-react';
import { createRoute } from '@tanstack/react-router';
import { describe, expect, it } from 'vitest';
import { collectRoutes, type NavEntry, navigation, type WebFeature } from './feature';
import { createShell } from './route-shell';

const Nothing = () => null;
const shell = createShell({ layout: Nothing, notFound: Nothing, error: Nothing, currentUser: async () => null });
const entry = (label: string, to: string, order: number, section: NavEntry['section'] = 'main'): NavEntry => ({
  label,
  to,
  order,
  section,
  icon: IconHome,
});
const feature = (name: string, nav: NavEntry[], routes: WebFeature['routes'] = () => ({})): WebFeature => ({
  name,
  nav,
  routes,
});

describe('navigation', () => {
  it('merges the entries of one section from every feature by order, then label', () => {
    const features = [
      feature('b', [entry('Zeta', '/z', 20), entry('Settings', '/settings', 10, 'account')]),
      feature('a', [entry('Home', '/', 10), entry('Alpha', '/a', 20)]),
    ];
    expect(navigation(features, 'main').map((e) => e.label)).toEqual(['Home', 'Alpha', 'Zeta']);
    expect(navigation(features, 'account').map((e) => e.label)).toEqual(['Settings']);
  });

  it('refuses two entries to the same page in one section', () => {
    const features = [feature('a', [entry('Jobs', '/jobs', 10)]), feature('b', [entry('Work', '/jobs', 20)])];
    expect(() => navigation(features, 'main')).toThrow('Two navigation entries lead to /jobs in the main section.');
  });
});

describe('collectRoutes', () => {
  it('groups the routes under the shell route each feature hangs them on, in list order', () => {
    const page = (path: string, parent: 'root' | 'user') =>
      createRoute({ getParentRoute: () => (parent === 'root' ? shell.root : shell.user), path });
    const open = page('open', 'root');
    const mine = page('mine', 'user');
    const theirs = page('theirs', 'user');
    const routes = collectRoutes(
      [feature('a', [], () => ({ root: [open], user: [mine] })), feature('b', [], () => ({ user: [theirs] }))],
      shell,
    );
    expect(routes.root).toEqual([open]);
    expect(routes.user).toEqual([mine, theirs]);
  });

  it('refuses a feature listed twice', () => {
    expect(() => collectRoutes([feature('tasks', []), feature('tasks', [])], shell)).toThrow(
      'The feature "tasks" is listed twice.',
    );
  });
});
