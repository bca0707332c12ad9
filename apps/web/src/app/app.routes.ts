import type { Route } from '@angular/router';
import { requireAdmin, requireLogin } from '@mitreden/web/core';
import { AccessibilityPage, NotFoundPage, PrivacyPage } from '@mitreden/web/shell';

/**
 * Feature pages are lazy routes; `title` is a translation key of the root i18n file (`titles.*`),
 * turned into the document title by TranslatedTitleStrategy. Feature routes go above the `**`
 * fallback.
 */
export const appRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.home',
    loadComponent: () => import('@mitreden/web/processes').then((m) => m.HomePage),
  },
  {
    path: 'register',
    title: 'titles.register',
    loadComponent: () => import('@mitreden/web/identity').then((m) => m.RegisterPage),
  },
  {
    path: 'confirm-email',
    title: 'titles.confirmEmail',
    loadComponent: () => import('@mitreden/web/identity').then((m) => m.ConfirmEmailPage),
  },
  {
    path: 'login',
    title: 'titles.login',
    loadComponent: () => import('@mitreden/web/identity').then((m) => m.LoginPage),
  },
  {
    path: 'forgot-password',
    title: 'titles.forgotPassword',
    loadComponent: () => import('@mitreden/web/identity').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'reset-password',
    title: 'titles.resetPassword',
    loadComponent: () => import('@mitreden/web/identity').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'account',
    title: 'titles.account',
    canActivate: [requireLogin],
    loadComponent: () => import('@mitreden/web/identity').then((m) => m.AccountPage),
  },
  {
    path: 'admin/users',
    title: 'titles.adminUsers',
    canActivate: [requireAdmin],
    loadComponent: () => import('@mitreden/web/identity').then((m) => m.AdminUsersPage),
  },
  {
    path: 'admin/mail',
    title: 'titles.adminMail',
    canActivate: [requireAdmin],
    loadComponent: () => import('@mitreden/web/mail').then((m) => m.MailFailuresPage),
  },
  {
    path: 'accessibility',
    title: 'titles.accessibility',
    // The shell is part of the first bundle anyway, so its pages need no lazy chunk.
    component: AccessibilityPage,
  },
  {
    path: 'privacy',
    title: 'titles.privacy',
    component: PrivacyPage,
  },
  // Development only: the library's guard lets the URL fall through to "not found" unless the API enables the viewer.
  { path: 'dev/mails', loadChildren: () => import('@mitreden/web/dev-mail').then((m) => m.devMailRoutes) },
  {
    path: '**',
    title: 'titles.notFound',
    component: NotFoundPage,
  },
];
