import { inject } from '@angular/core';
import { RedirectCommand, Router } from '@angular/router';
import type { CanActivateFn } from '@angular/router';
import type { RoleName } from '@mitreden/shared/contracts';
import { SessionService } from '../session/session.service';

// These guards only spare people pages they cannot use; every permission is enforced by the API.

export const requireLogin: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const user = await inject(SessionService).ready();
  return user ? true : router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

export const requireAdmin: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const user = await inject(SessionService).ready();
  if (!user) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
  return user.role === 'ADMIN' ? true : router.createUrlTree(['/']);
};

/**
 * Lets only the given roles in. Anonymous visitors go to the login page (and come back); anyone
 * else sees "not found" at the same address, as the page does not exist for them.
 */
export function requireRole(...roles: RoleName[]): CanActivateFn {
  const allowed = new Set<string>(roles);
  return async (_route, state) => {
    const router = inject(Router);
    const user = await inject(SessionService).ready();
    if (!user) return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    if (allowed.has(user.role.toLowerCase())) return true;
    return new RedirectCommand(router.parseUrl('/not-found'), { skipLocationChange: true });
  };
}

/** Only same-site paths, so `?returnUrl=https://evil.example` cannot send someone elsewhere. */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}
