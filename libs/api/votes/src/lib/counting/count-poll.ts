import type { DataSource } from 'typeorm';

export type CountOutcome = 'counted' | 'already-counted' | 'not-closed' | 'not-found';

/**
 * Runs only in the worker (libs/worker/votes calls it); lives here beside the sealing it undoes, so
 * integration tests of the API can count too.
 *
 * Opens a closed poll's ballot box in one transaction (docs/vote-secrecy.md): locks the poll row
 * (waiting for votes still in flight), decrypts every sealed ballot, shuffles them, writes
 * poll_ballots in that random order with fresh ids, deletes the sealed rows, stores the tally in
 * poll_results and marks the poll counted. Idempotent.
 */
export async function countPoll(_dataSource: DataSource, _ballotSecret: string, _pollId: string): Promise<CountOutcome> {
  throw new Error('not implemented');
}
