import { Foundation1763700000000 } from './1763700000000-foundation';

/** Every migration, listed explicitly and in order: no globbing over build output. */
export const migrations = [Foundation1763700000000];
