import type { RoleName } from '@mitreden/shared/contracts';

/**
 * Whether `actor` may block (or unblock) an account with `targetRole`: nobody themselves,
 * moderators never the project group or admins, the project group never admins.
 */
export function mayBlock(
  actor: { id: string; role: RoleName },
  target: { id: string; role: RoleName },
): boolean {
  if (actor.id === target.id) return false;
  switch (actor.role) {
    case 'admin':
      return true;
    case 'project_group':
      return target.role !== 'admin';
    case 'moderator':
      return target.role !== 'admin' && target.role !== 'project_group';
    default:
      return false;
  }
}
