/** The id of the shell's pathless route behind the sign-in guard (`createShell`'s `user`, id `authed`). */
const AUTHED_ROUTE_ID = '/authed';

/** The routes whose pages only a signed-in person sees: those behind the `authed` guard, and the home page. */
export function isSignedInRoute(routeId: string): boolean {
  return routeId === AUTHED_ROUTE_ID || routeId === '/';
}
