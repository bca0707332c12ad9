import type { Role } from '@mitreden/web/core';

/** Same limit as the server (hidings.reason, review_request, users.block_reason). */
export const MODERATION_TEXT_MAX = 2000;

/** Who sees hidden content and may hide, unhide and block (the server decides again). */
export function isModerating(role: Role | null | undefined): boolean {
  return role === 'MODERATOR' || role === 'PROJECT_GROUP' || role === 'ADMIN';
}
