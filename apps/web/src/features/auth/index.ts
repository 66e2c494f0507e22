import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { lazyComponent } from '#components/lazy-component';
import { defineFeature } from '#lib/feature';
import { LoginPage } from './routes/login-page';
import { loginSearchSchema, tokenSearchSchema } from './routes/search';

export { meQueryOptions, useMe } from './api/use-me';
// Only signed-in people see these: their code (and Mantine's menu) loads when they first render, not with the
// sign-in page.
export const UserMenu = lazyComponent(() => import('./components/user-menu').then((m) => m.UserMenu));
export const VerifyEmailBanner = lazyComponent(() =>
  import('./components/verify-email-banner').then((m) => m.VerifyEmailBanner),
);

/** Sign-in, registration, password reset and email verification: pages anyone can open. */
export const authFeature = defineFeature({
  name: 'auth',
  nav: [],
  routes: ({ root, guards }) => ({
    root: [
      createRoute({
        getParentRoute: () => root,
        path: 'login',
        validateSearch: loginSearchSchema,
        beforeLoad: guards.signedOut,
        component: LoginPage,
      }),
      createRoute({
        getParentRoute: () => root,
        path: 'register',
        beforeLoad: guards.signedOut,
        component: lazyRouteComponent(() => import('./routes/register-page'), 'RegisterPage'),
      }),
      createRoute({
        getParentRoute: () => root,
        path: 'forgot-password',
        component: lazyRouteComponent(() => import('./routes/forgot-password-page'), 'ForgotPasswordPage'),
      }),
      createRoute({
        getParentRoute: () => root,
        path: 'reset-password',
        validateSearch: tokenSearchSchema,
        component: lazyRouteComponent(() => import('./routes/reset-password-page'), 'ResetPasswordPage'),
      }),
      createRoute({
        getParentRoute: () => root,
        path: 'verify-email',
        validateSearch: tokenSearchSchema,
        component: lazyRouteComponent(() => import('./routes/verify-email-page'), 'VerifyEmailPage'),
      }),
    ],
  }),
});
