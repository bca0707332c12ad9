import type { DataSource } from 'typeorm';
import { sealBallot, sealKey, votingCodeHash } from '@mitreden/api/votes';
import { newPaperCode, normalisePaperCode } from '@mitreden/shared/votes';
import type { PollMethodName } from '@mitreden/shared/votes';

export type Voter = { accountId: string } | { codeId: string };

export interface TestPoll {
  id: string;
  /** Ballot-paper order. */
  optionIds: string[];
}

/** A published poll, open from an hour ago to an hour from now. */
export async function createPoll(
  db: DataSource,
  processId: string,
  slug: string,
  { method = 'single', maxChoices = null, options = 3, allowVoteChange = false, status = 'published' }: {
    method?: PollMethodName;
    maxChoices?: number | null;
    options?: number;
    allowVoteChange?: boolean;
    status?: 'draft' | 'published';
  } = {},
): Promise<TestPoll> {
  const [{ id }]: { id: string }[] = await db.query(
    `INSERT INTO polls (process_id, slug, question, method, max_choices, opens_at, closes_at, status, published_at,
                        accepts_accounts, accepts_codes, allow_vote_change)
     VALUES ($1, $2, '{"de": "Frage?"}', $3, $4, now() - interval '1 hour', now() + interval '1 hour', $5,
             CASE WHEN $5 = 'published' THEN now() END, true, true, $6)
     RETURNING id`,
    [processId, slug, method, maxChoices, status, allowVoteChange],
  );
  const optionIds: string[] = [];
  for (let position = 1; position <= options; position++) {
    const [{ id: optionId }]: { id: string }[] = await db.query(
      `INSERT INTO poll_options (poll_id, position, label) VALUES ($1, $2, $3) RETURNING id`,
      [id, position, { de: `Option ${position}` }],
    );
    optionIds.push(optionId);
  }
  return { id, optionIds };
}

/** Confirmed resident accounts, in one statement. */
export async function createAccounts(db: DataSource, prefix: string, count: number): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `INSERT INTO users (email, display_name, password_hash, role, email_confirmed_at, privacy_accepted_at)
     SELECT $1 || '-' || i || '@example.org', 'Wählerin ' || i, 'not-a-hash', 'resident', now(), now()
       FROM generate_series(1, $2) i
     RETURNING id`,
    [prefix, count],
  );
  return rows.map((row) => row.id);
}

/** Voting codes of a poll, stored the way the API stores them (keyed hash only). */
export async function createCodes(db: DataSource, secret: string, pollId: string, count: number): Promise<string[]> {
  const hashes = Array.from({ length: count }, () => votingCodeHash(secret, normalisePaperCode(newPaperCode())));
  const rows: { id: string }[] = await db.query(
    `INSERT INTO poll_voting_codes (poll_id, code_hash) SELECT $1, h FROM unnest($2::text[]) h RETURNING id`,
    [pollId, hashes],
  );
  return rows.map((row) => row.id);
}

/**
 * One vote as VotingService casts it (own transaction: poll FOR KEY SHARE, roll row, sealed
 * ballot). Choices must already be normalised. Returns the receipt.
 */
export async function castVote(db: DataSource, secret: string, pollId: string, voter: Voter, choices: string[]): Promise<string> {
  const receipt = newPaperCode();
  await db.transaction(async (manager) => {
    const [poll]: { allow_vote_change: boolean }[] = await manager.query(
      `SELECT allow_vote_change FROM polls WHERE id = $1 AND status = 'published' AND opens_at <= now() AND now() < closes_at FOR KEY SHARE`,
      [pollId],
    );
    if (!poll) throw new Error('POLL_NOT_OPEN');
    const inserted: unknown[] = await manager.query(
      `INSERT INTO poll_voters (poll_id, account_id, code_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id`,
      [pollId, 'accountId' in voter ? voter.accountId : null, 'codeId' in voter ? voter.codeId : null],
    );
    if (!inserted.length && !poll.allow_vote_change) throw new Error('ALREADY_VOTED');
    await manager.query(
      `INSERT INTO poll_sealed_ballots (seal_key, poll_id, sealed) VALUES ($1, $2, $3)
       ON CONFLICT (seal_key) DO UPDATE SET sealed = excluded.sealed`,
      [sealKey(secret, pollId, voter), pollId, sealBallot(secret, pollId, { choices, receipt })],
    );
  });
  return receipt;
}

/** Moves the close into the past (the poll stays published: due for counting). */
export async function closePoll(db: DataSource, pollId: string): Promise<Date> {
  // TypeORM answers an UPDATE … RETURNING with [rows, affected].
  const [[{ closes_at }]]: [{ closes_at: Date }[], number] = await db.query(
    `UPDATE polls SET closes_at = now() - interval '1 second' WHERE id = $1 RETURNING closes_at`,
    [pollId],
  );
  return closes_at;
}
