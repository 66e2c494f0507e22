import type { Icon } from '@tabler/icons-react';
import type { AnyRoute } from '@tanstack/react-router';
import type { Shell } from './route-shell';

/**
 * The side navigation's groups, by what a person is doing, in the order they show (defined once, here).
 * A group shows only once a feature puts an entry in it. `account` also fills the user menu.
 */
export const NAV_GROUPS = [
  { id: 'search', label: 'Search' },
  { id: 'track', label: 'Track' },
  { id: 'documents', label: 'Documents' },
  { id: 'insights', label: 'Insights' },
  { id: 'account', label: 'Account' },
] as const;

export type NavGroupId = (typeof NAV_GROUPS)[number]['id'];

export interface NavGroup {
  id: NavGroupId;
  label: string;
  entries: NavEntry[];
}

export interface NavEntry {
  label: string;
  /** A path of one of the app's routes, e.g. `/applications`. */
  to: string;
  icon: Icon;
  /** Position in its group, lowest first; features leave gaps (10, 20, …) so others fit between. */
  order: number;
  group: NavGroupId;
}

/**
 * A page the command palette finds that is not in the side navigation (a settings sub-page, an import page …).
 * `group` only names it in the palette's list.
 */
export interface PaletteEntry {
  label: string;
  /** A path of one of the app's routes, e.g. `/settings/sessions`. */
  to: string;
  icon: Icon;
  group: NavGroupId;
  /** Other words a person might type for it, e.g. `'theme dark light'`. */
  keywords?: string;
}

/** One line of the palette's "Pages": a navigation entry or a palette-only entry, with its group's label. */
export interface PalettePage extends PaletteEntry {
  groupLabel: string;
}

/**
 * A feature's routes, by the shell route they hang on: `root` (anyone, or a guard of its own) or `user`.
 * Typed `object`, not `AnyRoute`: as a contextual type `AnyRoute` would make `createRoute` infer `any`s.
 */
export interface FeatureRoutes {
  root?: readonly object[];
  user?: readonly object[];
}

/**
 * What `features/<name>/index.ts` declares: its pages (loaded on first visit), its navigation entries and the pages
 * only the command palette lists.
 */
export interface WebFeature<TRoutes extends FeatureRoutes = FeatureRoutes> {
  name: string;
  routes: (shell: Shell) => TRoutes;
  nav: readonly NavEntry[];
  palette?: readonly PaletteEntry[];
}

/** Keeps the exact route types of a feature, so the router knows every path, param and search schema. */
export function defineFeature<const TRoutes extends FeatureRoutes>(feature: WebFeature<TRoutes>): WebFeature<TRoutes> {
  return feature;
}

type RoutesOf<F extends WebFeature, K extends keyof FeatureRoutes> =
  ReturnType<F['routes']> extends infer R
    ? R extends { [P in K]: infer L extends readonly object[] }
      ? L[number]
      : never
    : never;

/** Every feature's routes, in the list's order, grouped by the shell route they belong under. */
export function collectRoutes<const F extends readonly WebFeature[]>(features: F, shell: Shell) {
  const names = new Set<string>();
  const root: AnyRoute[] = [];
  const user: AnyRoute[] = [];
  for (const feature of features) {
    if (names.has(feature.name)) throw new Error(`The feature "${feature.name}" is listed twice.`);
    names.add(feature.name);
    const routes = feature.routes(shell);
    root.push(...((routes.root ?? []) as AnyRoute[]));
    user.push(...((routes.user ?? []) as AnyRoute[]));
  }
  return { root: root as RoutesOf<F[number], 'root'>[], user: user as RoutesOf<F[number], 'user'>[] };
}

/** The entries of one navigation group from every feature, by `order` (then label); one entry per path. */
export function navigation(features: readonly WebFeature[], group: NavGroupId): NavEntry[] {
  const entries = features.flatMap((feature) => feature.nav.filter((entry) => entry.group === group));
  return entries.sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
}

/**
 * The side navigation: every group that has entries, in `NAV_GROUPS` order. One entry per path across all groups.
 * @example navigationGroups(FEATURES).map((g) => g.label) // ['Track', 'Insights', 'Account']
 */
export function navigationGroups(features: readonly WebFeature[]): NavGroup[] {
  const seen = new Set<string>();
  for (const entry of features.flatMap((feature) => feature.nav)) {
    if (seen.has(entry.to)) throw new Error(`Two navigation entries lead to ${entry.to}.`);
    seen.add(entry.to);
  }
  return NAV_GROUPS.map(({ id, label }) => ({ id, label, entries: navigation(features, id) })).filter(
    (group) => group.entries.length > 0,
  );
}

/**
 * What the command palette lists as pages: the side navigation in its order, then every feature's palette-only
 * entries in the features' order. One line per path.
 * @example palettePages(FEATURES).find((p) => p.to === '/settings/sessions')?.groupLabel // 'Account'
 */
export function palettePages(features: readonly WebFeature[]): PalettePage[] {
  const labelOf = new Map<string, string>(NAV_GROUPS.map((g) => [g.id, g.label]));
  const nav = navigationGroups(features).flatMap((group) =>
    group.entries.map((entry) => ({ ...entry, groupLabel: group.label })),
  );
  const seen = new Set(nav.map((page) => page.to));
  const extra: PalettePage[] = [];
  for (const entry of features.flatMap((feature) => feature.palette ?? [])) {
    if (seen.has(entry.to)) throw new Error(`The command palette lists ${entry.to} twice.`);
    seen.add(entry.to);
    extra.push({ ...entry, groupLabel: labelOf.get(entry.group) ?? entry.group });
  }
  return [...nav.map(({ label, to, icon, group, groupLabel }) => ({ label, to, icon, group, groupLabel })), ...extra];
}
