export const ROLES = ['resident', 'moderator', 'department_expert', 'project_group', 'admin'] as const;
export type RoleName = (typeof ROLES)[number];
