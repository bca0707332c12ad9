import { badInput } from '@mitreden/api/core';
import type { RoleName } from '@mitreden/shared/contracts';

/**
 * The department stored with a role: experts must name theirs, every other role has none (an old
 * department would otherwise linger after a demotion).
 */
export function departmentForRole(role: RoleName, department: string | null | undefined): string | null {
  if (role !== 'department_expert') return null;
  if (!department) throw badInput({ department: ['requiredForDepartmentExpert'] });
  return department;
}

/**
 * Whether a role change would leave the instance without an active admin.
 * `otherActiveAdmins` counts unblocked admins other than the target, read under lock.
 */
export function removesLastAdmin(change: {
  currentRole: RoleName;
  newRole: RoleName;
  targetActive: boolean;
  otherActiveAdmins: number;
}): boolean {
  const demotion = change.currentRole === 'admin' && change.newRole !== 'admin';
  return demotion && change.targetActive && change.otherActiveAdmins === 0;
}

/** Escapes LIKE wildcards so a search for `50%_off` finds exactly that text. */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
