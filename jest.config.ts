import { getJestProjectsAsync } from '@nx/jest';

// Root config: `npx jest` runs every project's unit tests; Nx runs them per project.
export default async () => ({
  projects: await getJestProjectsAsync(),
});
