import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import { CurrentUser, Public, Authenticated, User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { CreateProposalInput, ProposalFilter, UpdateProposalInput } from './proposal.inputs';
import {
  ProposalConnectionView,
  ProposalRevisionView,
  ProposalSort,
  ProposalView,
  SimilarProposalView,
} from './proposal.types';
import { ProposalReader } from '../proposal-reader';
import { ProposalsService } from '../proposals.service';

@Resolver(() => ProposalView)
export class ProposalsResolver {
  constructor(
    private readonly service: ProposalsService,
    private readonly reader: ProposalReader,
  ) {}

  @Public()
  @Query(() => ProposalConnectionView)
  proposals(
    @Args('filter') filter: ProposalFilter,
    @Args('sort', { type: () => ProposalSort, defaultValue: ProposalSort.NEWEST }) sort: ProposalSort,
    @Args('seed', { type: () => String, nullable: true, description: 'For RANDOM: keep it while paging' })
    seed: string | null,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'At most 50' }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<ProposalConnectionView> {
    return this.service.list(filter, sort, seed, first, after, locale, viewer);
  }

  @Public()
  @Query(() => ProposalView, { nullable: true })
  proposal(
    @Args('id', { type: () => ID }) id: string,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<ProposalView | null> {
    return this.reader.byId(id, locale, viewer);
  }

  @Public()
  @Query(() => [SimilarProposalView], {
    description: 'Up to 5 published proposals of the process that resemble a draft',
  })
  similarProposals(
    @Args('processId', { type: () => ID }) processId: string,
    @Args('title') title: string,
    @Args('body', { type: () => String, nullable: true }) body: string | null,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<SimilarProposalView[]> {
    return this.service.similar(processId, title, body, locale, viewer);
  }

  @Public()
  @ResolveField(() => [ProposalRevisionView], { description: 'Every version, oldest first' })
  revisions(@Parent() proposal: ProposalView): Promise<ProposalRevisionView[]> {
    return this.reader.revisions(proposal.id);
  }

  @Authenticated()
  @Mutation(() => ProposalView, { description: 'Only while the forums phase runs' })
  createProposal(
    @Args('input') input: CreateProposalInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<ProposalView> {
    return this.service.create(input, locale, viewer);
  }

  @Authenticated()
  @Mutation(() => ProposalView, {
    description: 'Author only, while the forums phase runs; the old wording is kept',
  })
  updateProposal(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateProposalInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<ProposalView> {
    return this.service.update(id, input, locale, viewer);
  }

  @Authenticated()
  @Mutation(() => ProposalView, {
    description: 'Author only, while the forums phase runs; the reason is shown with it',
  })
  withdrawProposal(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<ProposalView> {
    return this.service.withdraw(id, reason, locale, viewer);
  }

  @Authenticated()
  @Mutation(() => ProposalView, { description: 'Idempotent: supporting twice keeps one support' })
  supportProposal(
    @Args('id', { type: () => ID }) id: string,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<ProposalView> {
    return this.service.support(id, locale, viewer);
  }

  @Authenticated()
  @Mutation(() => ProposalView, { description: 'While the forums phase runs; idempotent' })
  withdrawSupport(
    @Args('id', { type: () => ID }) id: string,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<ProposalView> {
    return this.service.withdrawSupport(id, locale, viewer);
  }

  // enterProposal, proposalImportPreview and importProposals: see intake/proposal-intake.resolver.ts
}
