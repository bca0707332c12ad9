import { Injectable, SetMetadata, UseGuards, applyDecorators } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, unauthenticated } from '@mitreden/api/core';
import type { RoleName } from '@mitreden/shared/contracts';
import { httpRequestOf, userOf } from './request-context';

export const ACCESS_RULE = 'mitreden:access-rule';

/** Who may call a handler. Every resolver in this library states one; there is no default. */
export type AccessRule =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: readonly RoleName[] };

/** Decides a rule for a (possibly anonymous) caller; pure, so every boundary is unit-tested. */
export function checkAccess(
  rule: AccessRule | undefined,
  role: RoleName | null,
): 'allow' | 'unauthenticated' | 'forbidden' {
  if (!rule) return role ? 'forbidden' : 'unauthenticated';
  if (rule.kind === 'public') return 'allow';
  if (!role) return 'unauthenticated';
  if (rule.kind === 'authenticated') return 'allow';
  return rule.roles.includes(role) ? 'allow' : 'forbidden';
}

/**
 * Enforces the handler's (or its class's) access rule. Fails closed: a handler guarded by it
 * without any rule is refused.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    const user = userOf(httpRequestOf(context));
    const decision = checkAccess(rule, user?.role ?? null);
    if (decision === 'unauthenticated') throw unauthenticated();
    if (decision === 'forbidden') throw forbidden();
    return true;
  }
}

function accessRule(rule: AccessRule) {
  return applyDecorators(SetMetadata(ACCESS_RULE, rule), UseGuards(RolesGuard));
}

/** Anyone, logged in or not. */
export const Public = () => accessRule({ kind: 'public' });

/** Any logged-in account, whatever its role. */
export const Authenticated = () => accessRule({ kind: 'authenticated' });

/** Logged-in accounts with one of these roles; anonymous callers get UNAUTHENTICATED, others FORBIDDEN. */
export const Roles = (...roles: [RoleName, ...RoleName[]]) => accessRule({ kind: 'roles', roles });
