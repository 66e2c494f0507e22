import { IconHome } from '@tabler/icons-react';
import { createRoute } from '@tanstack/react-router';
import { describe, expect, it } from 'vitest';
import { collectRoutes, type NavEntry, navigation, navigationGroups, type WebFeature } from './feature';
import { createShell } from './route-shell';

const Nothing = () => null;
const shell = createShell({ layout: Nothing, notFound: Nothing, error: Nothing, currentUser: async () => null });
const entry = (label: string, to: string, order: number, group: NavEntry['group'] = 'track'): NavEntry => ({
  label,
  to,
  order,
  group,
  icon: IconHome,
});
const feature = (name: string, nav: NavEntry[], routes: WebFeature['routes'] = () => ({})): WebFeature => ({
  name,
  nav,
  routes,
});

describe('navigation', () => {
  it('merges the entries of one group from every feature by order, then label', () => {
    const features = [
      feature('b', [entry('Zeta', '/z', 20), entry('Settings', '/settings', 10, 'account')]),
      feature('a', [entry('Home', '/', 10), entry('Alpha', '/a', 20)]),
    ];
    expect(navigation(features, 'track').map((e) => e.label)).toEqual(['Home', 'Alpha', 'Zeta']);
    expect(navigation(features, 'account').map((e) => e.label)).toEqual(['Settings']);
  });
});

describe('navigationGroups', () => {
  it('lists only the groups that have entries, in the fixed group order whatever the feature order', () => {
    const features = [
      feature('me', [entry('Profile', '/profile', 10, 'account')]),
      feature('stats', [entry('Analytics', '/analytics', 10, 'insights')]),
      feature('jobs', [entry('Jobs', '/jobs', 10, 'search'), entry('Tasks', '/tasks', 20, 'track')]),
    ];
    const groups = navigationGroups(features);
    expect(groups.map((g) => `${g.label}: ${g.entries.map((e) => e.label).join(', ')}`)).toEqual([
      'Search: Jobs',
      'Track: Tasks',
      'Insights: Analytics',
      'Account: Profile',
    ]);
  });

  it('shows no group before a feature adds to it, and a new feature’s entry where its group is', () => {
    const base = [feature('a', [entry('Applications', '/applications', 20)])];
    expect(navigationGroups(base).map((g) => g.id)).toEqual(['track']);
    const withDocs = [...base, feature('docs', [entry('Résumés', '/documents', 10, 'documents')])];
    expect(navigationGroups(withDocs).map((g) => g.id)).toEqual(['track', 'documents']);
  });

  it('refuses two entries to the same page, even in different groups', () => {
    const features = [feature('a', [entry('Jobs', '/jobs', 10)]), feature('b', [entry('Work', '/jobs', 20, 'search')])];
    expect(() => navigationGroups(features)).toThrow('Two navigation entries lead to /jobs.');
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
