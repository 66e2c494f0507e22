import { buildHttpApp } from '#platform/http/app.ts';
import type { Context } from './context.ts';

export type { App } from '#platform/http/app.ts';

/** The HTTP app over a built context: the modules' routes, with identity resolving who is signed in. */
export function buildApp(ctx: Context) {
  return buildHttpApp({
    config: ctx.config,
    log: ctx.log,
    database: ctx.database,
    routeSets: ctx.routeSets,
    resolvePrincipal: ctx.api.identity.principal,
    hasSessionCookie: ctx.api.identity.hasSessionCookie,
  });
}
