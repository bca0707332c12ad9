import type { EntityManager } from 'typeorm';
import type { User } from '@mitreden/api/identity';
import { PollStatus, VoteBlock } from '../graphql/poll.types';
import type { PollViewerState } from '../graphql/poll.types';

/** What eligibility with an account depends on (a PollView or a row read for voting). */
export interface PollEligibility {
  acceptsAccounts: boolean;
  municipality: string | null;
}

/**
 * Why this account may not vote in the poll, leaving time and the roll aside: the same rules for
 * the viewer state and for castVote (which answers NOT_ELIGIBLE for any of these).
 */
export function accountBlock(poll: PollEligibility, user: User): VoteBlock | null {
  if (!poll.acceptsAccounts) return VoteBlock.CODE_REQUIRED;
  if (!user.emailConfirmedAt) return VoteBlock.EMAIL_NOT_CONFIRMED;
  if (poll.municipality !== null) {
    if (!user.municipality) return VoteBlock.MUNICIPALITY_MISSING;
    if (user.municipality !== poll.municipality) return VoteBlock.WRONG_MUNICIPALITY;
  }
  return null;
}

type PollForViewer = PollEligibility & { id: string; status: PollStatus; allowVoteChange: boolean };

/** canVote / hasVoted / block for the current viewer, given whether the account is on the roll. */
export function viewerStateFor(poll: PollForViewer, viewer: User | null, hasVoted: boolean): PollViewerState {
  const block = ((): VoteBlock | null => {
    if (poll.status !== PollStatus.OPEN) return VoteBlock.NOT_OPEN;
    if (!viewer) return poll.acceptsAccounts ? VoteBlock.LOGIN_REQUIRED : VoteBlock.CODE_REQUIRED;
    const blocked = accountBlock(poll, viewer);
    if (blocked) return blocked;
    if (hasVoted && !poll.allowVoteChange) return VoteBlock.ALREADY_VOTED;
    return null;
  })();
  return { canVote: block === null, hasVoted, block };
}

/** The same with one indexed lookup on the roll when logged in. */
export async function viewerState(
  manager: Pick<EntityManager, 'query'>,
  poll: PollForViewer,
  viewer: User | null,
): Promise<PollViewerState> {
  let hasVoted = false;
  if (viewer) {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM poll_voters WHERE poll_id = $1 AND account_id = $2`,
      [poll.id, viewer.id],
    );
    hasVoted = rows.length > 0;
  }
  return viewerStateFor(poll, viewer, hasVoted);
}
