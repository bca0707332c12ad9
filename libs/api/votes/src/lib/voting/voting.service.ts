import { Injectable } from '@nestjs/common';
import type { User } from '@mitreden/api/identity';
import type { CastVoteInput } from '../graphql/poll.inputs';
import type { VoteReceiptView } from '../graphql/poll.types';

/**
 * Casting a vote: one transaction writes the voter-roll row and the sealed ballot
 * (docs/vote-secrecy.md); the unique indexes on the roll make it one person one vote.
 */
@Injectable()
export class VotingService {
  castVote(_input: CastVoteInput, _viewer: User | null, _ip: string | undefined): Promise<VoteReceiptView> {
    throw new Error('not implemented');
  }
}
