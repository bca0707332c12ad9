import { randomInt } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { checkBallot, tallyBallots } from '@mitreden/shared/votes';
import type { BallotRules, PollMethodName } from '@mitreden/shared/votes';
import { openBallot } from '../sealing/ballot-seal';

export type CountOutcome = 'counted' | 'already-counted' | 'not-closed' | 'not-found';

const logger = new Logger('CountPoll');
/** Same pattern as the poll_ballots_receipt_format constraint: a bad receipt must not block the count. */
const RECEIPT_FORMAT = /^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/;

interface PollRow {
  method: PollMethodName;
  max_choices: number | null;
  status: string;
  closed: boolean;
}

/** Published polls whose close has passed and that are not counted yet (the worker's sweep). */
export async function pollsDueForCount(dataSource: DataSource, limit = 100): Promise<string[]> {
  const rows: { id: string }[] = await dataSource.query(
    `SELECT id FROM polls WHERE status = 'published' AND closes_at <= now() ORDER BY closes_at LIMIT $1`,
    [limit],
  );
  return rows.map((row) => row.id);
}

/** Fisher–Yates with a cryptographic source: the stored order must say nothing about the voting order. */
function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/**
 * Runs only in the worker (libs/worker/votes calls it); lives here beside the sealing it undoes, so
 * integration tests of the API can count too.
 *
 * Opens a closed poll's ballot box in one transaction (docs/vote-secrecy.md): locks the poll row
 * (waiting for votes still in flight), decrypts every sealed ballot, shuffles them, writes
 * poll_ballots in that random order with fresh ids, deletes the sealed rows, stores the tally in
 * poll_results and marks the poll counted. Idempotent.
 */
export async function countPoll(dataSource: DataSource, ballotSecret: string, pollId: string): Promise<CountOutcome> {
  const outcome = await dataSource.transaction(async (manager): Promise<CountOutcome> => {
    // FOR UPDATE conflicts with the FOR KEY SHARE every vote takes: votes in flight commit first.
    const [poll]: PollRow[] = await manager.query(
      `SELECT method, max_choices, status, closes_at <= now() AS closed FROM polls WHERE id = $1 FOR UPDATE`,
      [pollId],
    );
    if (!poll) return 'not-found';
    if (poll.status === 'counted') return 'already-counted';
    if (poll.status !== 'published' || !poll.closed) return 'not-closed';

    const options: { id: string }[] = await manager.query(`SELECT id FROM poll_options WHERE poll_id = $1 ORDER BY position`, [pollId]);
    const rules: BallotRules = { method: poll.method, optionIds: options.map((option) => option.id), maxChoices: poll.max_choices };
    const sealed: { sealed: Buffer }[] = await manager.query(`SELECT sealed FROM poll_sealed_ballots WHERE poll_id = $1`, [pollId]);

    const ballots: { receipt: string; choices: string[] }[] = [];
    const receipts = new Set<string>();
    let unreadable = 0;
    let invalid = 0;
    for (const row of sealed) {
      let content;
      try {
        content = openBallot(ballotSecret, pollId, row.sealed);
      } catch {
        unreadable += 1;
        continue;
      }
      if (checkBallot(rules, content.choices) !== null || !RECEIPT_FORMAT.test(content.receipt) || receipts.has(content.receipt)) {
        invalid += 1;
        continue;
      }
      receipts.add(content.receipt);
      ballots.push({ receipt: content.receipt, choices: content.choices });
    }
    // Counts only: a ballot's content is never logged.
    if (unreadable || invalid) logger.warn(`Poll ${pollId}: ${unreadable} sealed ballot(s) did not open, ${invalid} invalid; not counted`);

    shuffle(ballots);
    if (ballots.length) {
      // One statement, rows in the shuffled order; ids come fresh from gen_random_uuid(). Choices are
      // option ids (checked above), so the array literal holds only uuids.
      await manager.query(
        `INSERT INTO poll_ballots (poll_id, receipt, choices)
         SELECT $1, b.receipt, b.choices::uuid[]
           FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS b(receipt, choices, ordinality)
          ORDER BY b.ordinality`,
        [pollId, ballots.map((ballot) => ballot.receipt), ballots.map((ballot) => `{${ballot.choices.join(',')}}`)],
      );
    }
    await manager.query(`DELETE FROM poll_sealed_ballots WHERE poll_id = $1`, [pollId]);
    const [{ voters }]: { voters: number }[] = await manager.query(
      `SELECT count(*)::int AS voters FROM poll_voters WHERE poll_id = $1`,
      [pollId],
    );
    const tally = tallyBallots(poll.method, rules.optionIds, ballots.map((ballot) => ballot.choices));
    await manager.query(`INSERT INTO poll_results (poll_id, voters, ballots, tally) VALUES ($1, $2, $3, $4)`, [
      pollId,
      voters,
      ballots.length,
      JSON.stringify(tally),
    ]);
    await manager.query(`UPDATE polls SET status = 'counted', counted_at = now() WHERE id = $1`, [pollId]);
    return 'counted';
  });
  if (outcome === 'counted') {
    // The deleted sealed rows stay in their pages until vacuumed; outside the transaction by necessity.
    await dataSource.query(`VACUUM poll_sealed_ballots`).catch((error: Error) => logger.warn(`VACUUM poll_sealed_ballots failed: ${error.message}`));
  }
  return outcome;
}
