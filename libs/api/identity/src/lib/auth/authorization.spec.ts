import { Reflector } from '@nestjs/core';
import type { ExecutionContext } from '@nestjs/common';
import { DomainError } from '@mitreden/api/core';
import { ROLES } from '@mitreden/shared/contracts';
import type { RoleName } from '@mitreden/shared/contracts';
import { User } from '../entities/user.entity';
import { ACCESS_RULE, Authenticated, Public, Roles, RolesGuard, checkAccess } from './authorization';
import type { AccessRule } from './authorization';

describe('checkAccess', () => {
  it('lets anyone call a public handler', () => {
    expect(checkAccess({ kind: 'public' }, null)).toBe('allow');
    for (const role of ROLES) expect(checkAccess({ kind: 'public' }, role)).toBe('allow');
  });

  it('asks anonymous callers to log in for anything else', () => {
    expect(checkAccess({ kind: 'authenticated' }, null)).toBe('unauthenticated');
    expect(checkAccess({ kind: 'roles', roles: ['admin'] }, null)).toBe('unauthenticated');
  });

  it('admits exactly the listed roles', () => {
    const rule: AccessRule = { kind: 'roles', roles: ['admin', 'moderator'] };
    const decisions = Object.fromEntries(ROLES.map((role) => [role, checkAccess(rule, role)]));
    expect(decisions).toEqual({
      resident: 'forbidden',
      moderator: 'allow',
      department_expert: 'forbidden',
      project_group: 'forbidden',
      admin: 'allow',
    });
  });

  it('fails closed when a handler states no rule', () => {
    expect(checkAccess(undefined, null)).toBe('unauthenticated');
    expect(checkAccess(undefined, 'admin')).toBe('forbidden');
  });
});

describe('RolesGuard', () => {
  class Handlers {
    @Public() open() {
      return 'open';
    }
    @Authenticated() anyone() {
      return 'anyone';
    }
    @Roles('admin') adminOnly() {
      return 'adminOnly';
    }
    unstated() {
      return 'unstated';
    }
  }

  const guard = new RolesGuard(new Reflector());
  const contextFor = (handler: keyof Handlers, role: RoleName | null): ExecutionContext => {
    const user = role ? Object.assign(new User(), { id: 'u1', role }) : undefined;
    return {
      getType: () => 'http',
      getHandler: () => Handlers.prototype[handler],
      getClass: () => Handlers,
      switchToHttp: () => ({ getRequest: () => ({ user }) }),
    } as unknown as ExecutionContext;
  };
  const codeOf = (handler: keyof Handlers, role: RoleName | null): string => {
    try {
      guard.canActivate(contextFor(handler, role));
      return 'allowed';
    } catch (error) {
      return error instanceof DomainError ? error.code : String(error);
    }
  };

  it('stores the rule on the handler', () => {
    expect(Reflect.getMetadata(ACCESS_RULE, Handlers.prototype.adminOnly)).toEqual({
      kind: 'roles',
      roles: ['admin'],
    });
  });

  it('maps decisions to UNAUTHENTICATED and FORBIDDEN', () => {
    expect(codeOf('open', null)).toBe('allowed');
    expect(codeOf('anyone', null)).toBe('UNAUTHENTICATED');
    expect(codeOf('anyone', 'resident')).toBe('allowed');
    expect(codeOf('adminOnly', null)).toBe('UNAUTHENTICATED');
    expect(codeOf('adminOnly', 'moderator')).toBe('FORBIDDEN');
    expect(codeOf('adminOnly', 'admin')).toBe('allowed');
    expect(codeOf('unstated', 'admin')).toBe('FORBIDDEN');
  });

  it('ignores anything on the request that is not a loaded account', () => {
    const forged = {
      getType: () => 'http',
      getHandler: () => Handlers.prototype.adminOnly,
      getClass: () => Handlers,
      switchToHttp: () => ({ getRequest: () => ({ user: { id: 'x', role: 'admin' } }) }),
    } as unknown as ExecutionContext;
    expect(() => guard.canActivate(forged)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });
});
