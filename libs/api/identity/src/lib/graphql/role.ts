import { registerEnumType } from '@nestjs/graphql';
import type { RoleName } from '@mitreden/shared/contracts';

/**
 * GraphQL shows the names (RESIDENT …), resolvers and the database see the lowercase values, so
 * no mapping code sits between the two.
 */
export enum Role {
  RESIDENT = 'resident',
  MODERATOR = 'moderator',
  DEPARTMENT_EXPERT = 'department_expert',
  PROJECT_GROUP = 'project_group',
  ADMIN = 'admin',
}

// Fails to compile when the shared role list and the enum drift apart.
const _everyRoleIsListed: Record<RoleName, Role> = {
  resident: Role.RESIDENT,
  moderator: Role.MODERATOR,
  department_expert: Role.DEPARTMENT_EXPERT,
  project_group: Role.PROJECT_GROUP,
  admin: Role.ADMIN,
};
const _everyEnumValueIsARole: Record<Role, RoleName> = {
  [Role.RESIDENT]: 'resident',
  [Role.MODERATOR]: 'moderator',
  [Role.DEPARTMENT_EXPERT]: 'department_expert',
  [Role.PROJECT_GROUP]: 'project_group',
  [Role.ADMIN]: 'admin',
};

registerEnumType(Role, {
  name: 'Role',
  description: 'What an account may do. Department experts always belong to a department.',
  valuesMap: {
    RESIDENT: { description: 'Default role: takes part in processes.' },
    MODERATOR: { description: 'Reviews reports, hides content, blocks users.' },
    DEPARTMENT_EXPERT: { description: 'Assesses proposals for one municipal department.' },
    PROJECT_GROUP: { description: 'Steers processes and publishes the catalogue.' },
    ADMIN: { description: 'Manages users, roles and instance settings.' },
  },
});
