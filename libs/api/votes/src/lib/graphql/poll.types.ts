import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TranslationView } from '@mitreden/api/processes';

export enum PollMethod {
  SINGLE = 'single',
  MULTIPLE = 'multiple',
  APPROVAL = 'approval',
  RANKED = 'ranked',
}
registerEnumType(PollMethod, {
  name: 'PollMethod',
  description: 'SINGLE: one option; MULTIPLE: up to maxChoices; APPROVAL: any number; RANKED: instant runoff',
});

export enum PollStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  OPEN = 'OPEN',
  /** Closed, the ballot box not yet opened and counted. */
  COUNTING = 'COUNTING',
  CLOSED = 'CLOSED',
}
registerEnumType(PollStatus, {
  name: 'PollStatus',
  description: 'Derived from publication, the opening and closing times and the count. Results exist only when CLOSED',
});

export enum VoteBlock {
  NOT_OPEN = 'NOT_OPEN',
  LOGIN_REQUIRED = 'LOGIN_REQUIRED',
  EMAIL_NOT_CONFIRMED = 'EMAIL_NOT_CONFIRMED',
  MUNICIPALITY_MISSING = 'MUNICIPALITY_MISSING',
  WRONG_MUNICIPALITY = 'WRONG_MUNICIPALITY',
  /** The poll takes voting codes only. */
  CODE_REQUIRED = 'CODE_REQUIRED',
  ALREADY_VOTED = 'ALREADY_VOTED',
}
registerEnumType(VoteBlock, { name: 'VoteBlock', description: 'Why the viewer cannot vote (with an account) right now' });

export enum TieBreakRule {
  EARLIER_ROUNDS = 'EARLIER_ROUNDS',
  BALLOT_ORDER = 'BALLOT_ORDER',
}
registerEnumType(TieBreakRule, {
  name: 'TieBreakRule',
  description: 'How a tie for the fewest votes was broken (docs/vote-counting.md)',
});

@ObjectType()
export class PollOptionView {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Ballot-paper order, from 1' }) position!: number;
  @Field() label!: string;
  @Field({ description: 'Markdown-free plain text; empty when none' }) description!: string;
  @Field(() => String, { nullable: true, description: 'Same-origin URL of the image, when there is one' })
  imageUrl!: string | null;
  @Field(() => String, { nullable: true, description: 'Alternative text of the image' })
  imageAlt!: string | null;
}

@ObjectType({ description: 'What the current viewer may do' })
export class PollViewerState {
  @Field({ description: 'True when the viewer can cast (or, if allowed, change) a vote with the account' })
  canVote!: boolean;
  @Field({ description: 'The account is on the voter roll of this poll' }) hasVoted!: boolean;
  @Field(() => VoteBlock, { nullable: true }) block!: VoteBlock | null;
}

@ObjectType()
export class OptionVotesView {
  @Field(() => ID) optionId!: string;
  @Field(() => Int) votes!: number;
}

@ObjectType()
export class PollOptionResultView {
  @Field(() => ID) optionId!: string;
  @Field() label!: string;
  @Field(() => Int, { description: 'Votes, choices, approvals or (ranked) first preferences' }) votes!: number;
  @Field(() => Float, { description: 'votes / ballots, 0..1' }) share!: number;
  @Field(() => Float, { nullable: true, description: 'Ranked only: average position among ballots that ranked it' })
  averageRank!: number | null;
  @Field() winner!: boolean;
}

@ObjectType()
export class RunoffRoundView {
  @Field(() => Int) round!: number;
  @Field(() => [OptionVotesView], { description: 'Options still in the count, ballot-paper order' })
  counts!: OptionVotesView[];
  @Field(() => Int, { description: 'Ballots ranking no option still in the count (cumulative)' }) exhausted!: number;
  @Field(() => Int) continuing!: number;
  @Field(() => ID, { nullable: true }) elected!: string | null;
  @Field(() => ID, { nullable: true }) eliminated!: string | null;
  @Field(() => TieBreakRule, { nullable: true }) tieBreak!: TieBreakRule | null;
}

@ObjectType({ description: 'Exists only after the close and the count' })
export class PollResultsView {
  @Field(() => Int, { description: 'Entries on the voter roll' }) voters!: number;
  @Field(() => Int) ballots!: number;
  @Field() countedAt!: Date;
  @Field(() => [PollOptionResultView], { description: 'Ballot-paper order' }) options!: PollOptionResultView[];
  @Field(() => [ID]) winners!: string[];
  @Field(() => [RunoffRoundView], { nullable: true, description: 'Ranked polls: every instant-runoff round' })
  rounds!: RunoffRoundView[] | null;
}

@ObjectType()
export class PollView {
  @Field(() => ID) id!: string;
  @Field() slug!: string;
  @Field() processSlug!: string;
  @Field() processTitle!: string;
  @Field(() => String, { nullable: true }) phaseTitle!: string | null;
  @Field() question!: string;
  @Field() description!: string;
  @Field(() => PollMethod) method!: PollMethod;
  @Field(() => Int, { nullable: true }) maxChoices!: number | null;
  @Field() opensAt!: Date;
  @Field() closesAt!: Date;
  @Field(() => PollStatus) status!: PollStatus;
  @Field() acceptsAccounts!: boolean;
  @Field() acceptsCodes!: boolean;
  @Field() allowVoteChange!: boolean;
  @Field(() => String, { nullable: true, description: 'Only residents of this municipality may vote' })
  municipality!: string | null;
  @Field(() => [PollOptionView]) options!: PollOptionView[];
  @Field(() => Int, { description: 'Voters so far (the voter roll); live through the pollTurnout subscription' })
  turnout!: number;
}

@ObjectType()
export class PollTurnout {
  @Field(() => ID) pollId!: string;
  @Field(() => Int) voters!: number;
}

@ObjectType()
export class VoteReceiptView {
  @Field({ description: 'Shown once: after the close it appears in the public receipt list' }) receipt!: string;
  @Field({ description: 'True when this vote replaced the voter’s earlier one (its receipt no longer counts)' })
  replacedEarlierVote!: boolean;
}

@ObjectType()
export class PollReceiptPage {
  @Field(() => Int) total!: number;
  @Field(() => [String], { description: 'Alphabetical' }) receipts!: string[];
}

@ObjectType()
export class VotingCodeStats {
  @Field(() => Int) generated!: number;
  @Field(() => Int) used!: number;
  @Field(() => Int) batches!: number;
}

@ObjectType()
export class GeneratedVotingCodes {
  @Field(() => Int) batch!: number;
  @Field(() => [String], { description: 'Shown once; only hashes are kept' }) codes!: string[];
}

@ObjectType()
export class ManagedPollOption {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field(() => [TranslationView]) label!: TranslationView[];
  @Field(() => [TranslationView]) description!: TranslationView[];
  @Field(() => [TranslationView]) imageAlt!: TranslationView[];
  @Field(() => String, { nullable: true }) imageUrl!: string | null;
}

@ObjectType({ description: 'A poll as the project group edits it: every translation, no results' })
export class ManagedPollView {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => ID) processId!: string;
  @Field(() => ID, { nullable: true }) phaseId!: string | null;
  @Field() slug!: string;
  @Field(() => [TranslationView]) question!: TranslationView[];
  @Field(() => [TranslationView]) description!: TranslationView[];
  @Field(() => PollMethod) method!: PollMethod;
  @Field(() => Int, { nullable: true }) maxChoices!: number | null;
  @Field() opensAt!: Date;
  @Field() closesAt!: Date;
  @Field(() => PollStatus) status!: PollStatus;
  @Field() acceptsAccounts!: boolean;
  @Field() acceptsCodes!: boolean;
  @Field() allowVoteChange!: boolean;
  @Field(() => String, { nullable: true }) municipality!: string | null;
  @Field(() => [ManagedPollOption]) options!: ManagedPollOption[];
  @Field(() => Int) turnout!: number;
  @Field(() => VotingCodeStats) codes!: VotingCodeStats;
}
