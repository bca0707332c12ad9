import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import type { GraphqlContext } from '@mitreden/api/core';
import { CurrentUser, Public, User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { PollsService } from '../results/polls.service';
import { VotingService } from '../voting/voting.service';
import { CastVoteInput } from './poll.inputs';
import { PollReceiptPage, PollResultsView, PollView, PollViewerState, VoteReceiptView } from './poll.types';

/** Public side of polls: reading, voting, and — only after the count — results and receipts. */
@Resolver(() => PollView)
export class PollsResolver {
  constructor(
    private readonly pollsService: PollsService,
    private readonly voting: VotingService,
  ) {}

  @Public()
  @Query(() => [PollView], { description: 'Published polls, open first, then upcoming, then closed' })
  polls(
    @Args('processSlug', { type: () => String, nullable: true }) processSlug: string | null,
    @RequestLocale() locale: Locale,
  ): Promise<PollView[]> {
    return this.pollsService.list(processSlug, locale);
  }

  @Public()
  @Query(() => PollView, { nullable: true, description: 'A published poll; drafts only for the project group and admins' })
  poll(
    @Args('slug') slug: string,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<PollView | null> {
    return this.pollsService.bySlug(slug, locale, viewer);
  }

  @ResolveField(() => PollViewerState)
  viewer(
    @Parent() poll: PollView,
    @CurrentUser() viewer: User | null,
    @Context() context: GraphqlContext,
  ): Promise<PollViewerState> {
    return this.pollsService.viewerState(poll, viewer, context.req);
  }

  @ResolveField(() => PollResultsView, {
    nullable: true,
    description: 'Null until the poll is CLOSED and counted — for everyone, admins included',
  })
  results(@Parent() poll: PollView, @RequestLocale() locale: Locale): Promise<PollResultsView | null> {
    return this.pollsService.results(poll, locale);
  }

  @Public()
  @Query(() => PollReceiptPage, { description: 'The receipts of all counted ballots; RESULTS_SEALED before the count' })
  pollReceipts(
    @Args('pollId', { type: () => ID }) pollId: string,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
  ): Promise<PollReceiptPage> {
    return this.pollsService.receipts(pollId, search, offset, limit);
  }

  @Public()
  @Mutation(() => VoteReceiptView, {
    description:
      'With the account (confirmed, eligible) or a voting code. POLL_NOT_OPEN, ALREADY_VOTED, NOT_ELIGIBLE, BAD_USER_INPUT (choices), INVALID_TOKEN (code), RATE_LIMITED',
  })
  castVote(
    @Args('input') input: CastVoteInput,
    @CurrentUser() viewer: User | null,
    @Context() context: GraphqlContext,
  ): Promise<VoteReceiptView> {
    return this.voting.castVote(input, viewer, context.req.ip);
  }
}
