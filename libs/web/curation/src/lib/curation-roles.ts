/** Moderators, the project group and admins curate (the server decides; this only hides buttons). */
export function isCuratorRole(role: string | null | undefined): boolean {
  return role === 'MODERATOR' || role === 'PROJECT_GROUP' || role === 'ADMIN';
}
