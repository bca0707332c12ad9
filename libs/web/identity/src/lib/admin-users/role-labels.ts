import type { Role } from '@mitreden/web/core';

/** In the order of responsibility, as people expect to find them in a list. */
export const ROLE_OPTIONS: readonly Role[] = ['RESIDENT', 'MODERATOR', 'DEPARTMENT_EXPERT', 'PROJECT_GROUP', 'ADMIN'];
