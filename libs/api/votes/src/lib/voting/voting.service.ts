import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, DomainError, REDIS, badInput, unauthenticated } from '@mitreden/api/core';
import type { AppConfig } from '@mitreden/api/core';
import type { User } from '@mitreden/api/identity';
import { checkBallot, looksLikePaperCode, newPaperCode, normaliseBallot, normalisePaperCode } from '@mitreden/shared/votes';
import type { BallotRules, PollMethodName } from '@mitreden/shared/votes';
import type { CastVoteInput } from '../graphql/poll.inputs';
import type { VoteReceiptView } from '../graphql/poll.types';
import { sealBallot, sealKey, votingCodeHash } from '../sealing/ballot-seal';
import { TurnoutService } from '../turnout/turnout.service';
import { CodeAttemptLimiter } from './code-attempt-limiter';
import { accountBlock } from './eligibility';

interface PollRow {
  method: PollMethodName;
  max_choices: number | null;
  accepts_accounts: boolean;
  accepts_codes: boolean;
  municipality: string | null;
  allow_vote_change: boolean;
  open: boolean;
}

type Voter = { accountId: string } | { codeId: string };

const invalidCode = () => new DomainError('INVALID_TOKEN', 'Unknown voting code');
const notEligible = () => new DomainError('NOT_ELIGIBLE', 'You cannot vote in this poll');
const alreadyVoted = () => new DomainError('ALREADY_VOTED', 'This vote has already been cast');

/**
 * Casting a vote: one transaction writes the voter-roll row and the sealed ballot
 * (docs/vote-secrecy.md); the unique indexes on the roll make it one person one vote.
 */
@Injectable()
export class VotingService {
  private readonly codeAttempts: CodeAttemptLimiter;

  constructor(
    private readonly dataSource: DataSource,
    private readonly turnout: TurnoutService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) redis: Redis,
  ) {
    this.codeAttempts = new CodeAttemptLimiter(config, redis);
  }

  async castVote(input: CastVoteInput, viewer: User | null, ip: string | undefined): Promise<VoteReceiptView> {
    const code = input.code?.trim() ? input.code : null;
    if (code === null && !viewer) throw unauthenticated();
    if (code !== null) await this.codeAttempts.ensureAllowed(ip);
    let outcome: { receipt: string; replacedEarlierVote: boolean; newVoter: boolean };
    try {
      outcome = await this.dataSource.transaction((manager) => this.castIn(manager, input, viewer, code));
    } catch (error) {
      if (code !== null && error instanceof DomainError && error.code === 'INVALID_TOKEN') {
        await this.codeAttempts.recordFailure(ip);
      }
      throw error;
    }
    if (outcome.newVoter) this.turnout.voteRecorded(input.pollId);
    return { receipt: outcome.receipt, replacedEarlierVote: outcome.replacedEarlierVote };
  }

  private async castIn(manager: EntityManager, input: CastVoteInput, viewer: User | null, code: string | null) {
    const pollId = input.pollId;
    // KEY SHARE: the count takes FOR UPDATE, so it waits for votes in flight and none slips past it.
    const [poll]: PollRow[] = await manager.query(
      `SELECT method, max_choices, accepts_accounts, accepts_codes, municipality, allow_vote_change,
              (status = 'published' AND opens_at <= now() AND now() < closes_at) AS open
         FROM polls WHERE id = $1 FOR KEY SHARE`,
      [pollId],
    );
    if (!poll) throw new DomainError('NOT_FOUND', 'No such poll');
    if (!poll.open) throw new DomainError('POLL_NOT_OPEN', 'This poll is not open');

    const voter = code !== null ? await this.codeVoter(manager, pollId, poll, code) : this.accountVoter(poll, viewer);

    const options: { id: string }[] = await manager.query(
      `SELECT id FROM poll_options WHERE poll_id = $1 ORDER BY position`,
      [pollId],
    );
    const rules: BallotRules = { method: poll.method, optionIds: options.map((o) => o.id), maxChoices: poll.max_choices };
    const problem = checkBallot(rules, input.choices);
    if (problem) throw badInput({ choices: [problem] });

    const inserted: unknown[] = await manager.query(
      `INSERT INTO poll_voters (poll_id, account_id, code_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING id`,
      [pollId, 'accountId' in voter ? voter.accountId : null, 'codeId' in voter ? voter.codeId : null],
    );
    const newVoter = inserted.length > 0;
    if (!newVoter && !poll.allow_vote_change) throw alreadyVoted();

    const receipt = newPaperCode();
    const secret = this.config.ballotSecret;
    const sealed = sealBallot(secret, pollId, { choices: normaliseBallot(rules, input.choices), receipt });
    // No time, voter id or sequence on the ballot: the seal key is an HMAC, the row has nothing else.
    // Without vote change a second seal for the same voter is a bug: let the primary key refuse it.
    await manager.query(
      `INSERT INTO poll_sealed_ballots (seal_key, poll_id, sealed) VALUES ($1, $2, $3)
       ${poll.allow_vote_change ? 'ON CONFLICT (seal_key) DO UPDATE SET sealed = excluded.sealed' : ''}`,
      [sealKey(secret, pollId, voter), pollId, sealed],
    );
    return { receipt, replacedEarlierVote: !newVoter, newVoter };
  }

  private accountVoter(poll: PollRow, viewer: User | null): Voter {
    if (!viewer) throw unauthenticated();
    const block = accountBlock({ acceptsAccounts: poll.accepts_accounts, municipality: poll.municipality }, viewer);
    if (block) throw notEligible();
    return { accountId: viewer.id };
  }

  private async codeVoter(manager: EntityManager, pollId: string, poll: PollRow, code: string): Promise<Voter> {
    if (!poll.accepts_codes) throw notEligible();
    if (!looksLikePaperCode(code)) throw invalidCode();
    const [row]: { id: string }[] = await manager.query(
      `SELECT id FROM poll_voting_codes WHERE code_hash = $1 AND poll_id = $2`,
      [votingCodeHash(this.config.ballotSecret, normalisePaperCode(code)), pollId],
    );
    if (!row) throw invalidCode();
    return { codeId: row.id };
  }
}
