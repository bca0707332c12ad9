import { DomainError } from '@mitreden/api/core';
import { ROLES } from '@mitreden/shared/contracts';
import { departmentForRole, escapeLikePattern, removesLastAdmin } from './role-rules';

describe('departmentForRole', () => {
  it('requires a department for department experts', () => {
    for (const missing of [undefined, null, '']) {
      expect(() => departmentForRole('department_expert', missing)).toThrow(DomainError);
    }
    try {
      departmentForRole('department_expert', null);
    } catch (error) {
      expect(error).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { department: ['requiredForDepartmentExpert'] },
      });
    }
    expect(departmentForRole('department_expert', 'Fachbereich Soziales')).toBe('Fachbereich Soziales');
  });

  it('clears the department for every other role', () => {
    for (const role of ROLES.filter((candidate) => candidate !== 'department_expert')) {
      expect(departmentForRole(role, 'Fachbereich Soziales')).toBeNull();
    }
  });
});

describe('removesLastAdmin', () => {
  const change = {
    currentRole: 'admin' as const,
    newRole: 'resident' as const,
    targetActive: true,
    otherActiveAdmins: 0,
  };

  it('refuses demoting the only active admin', () => {
    expect(removesLastAdmin(change)).toBe(true);
  });

  it('allows it when another active admin remains', () => {
    expect(removesLastAdmin({ ...change, otherActiveAdmins: 1 })).toBe(false);
  });

  it('allows demoting a blocked admin, who does not count', () => {
    expect(removesLastAdmin({ ...change, targetActive: false })).toBe(false);
  });

  it('ignores changes that keep or grant the admin role', () => {
    expect(removesLastAdmin({ ...change, newRole: 'admin' })).toBe(false);
    expect(removesLastAdmin({ ...change, currentRole: 'moderator', newRole: 'resident' })).toBe(false);
  });
});

describe('escapeLikePattern', () => {
  it('escapes the LIKE wildcards and the escape character itself', () => {
    expect(escapeLikePattern('100%_sure\\')).toBe('100\\%\\_sure\\\\');
    expect(escapeLikePattern("O'Brien")).toBe("O'Brien");
  });
});
