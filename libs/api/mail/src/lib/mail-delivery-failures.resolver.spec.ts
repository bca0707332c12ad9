import type { GraphqlContext } from '@mitreden/api/core';
import { DomainError } from '@mitreden/api/core';
import { assertAdmin } from './mail-delivery-failures.resolver';

const contextWith = (user: unknown) => ({ req: { user } }) as unknown as GraphqlContext;

function codeOf(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
}

describe('assertAdmin', () => {
  it('lets admins through', () => {
    expect(codeOf(() => assertAdmin(contextWith({ role: 'admin' })))).toBeUndefined();
  });

  it('asks anonymous callers to log in', () => {
    expect(codeOf(() => assertAdmin(contextWith(undefined)))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => assertAdmin(contextWith(false)))).toBe('UNAUTHENTICATED');
  });

  it.each(['resident', 'moderator', 'department_expert', 'project_group', 'ADMIN'])('forbids %s', (role) => {
    expect(codeOf(() => assertAdmin(contextWith({ role })))).toBe('FORBIDDEN');
  });
});
