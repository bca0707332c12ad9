import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import { CurrentUser, Public, Roles, Authenticated, User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { CreateProposalInput, EnterProposalInput, ProposalFilter, ProposalImportInput, UpdateProposalInput } from './proposal.inputs';
import {
  ProposalConnectionView,
  ProposalImportPreviewView,
  ProposalImportResultView,
  ProposalRevisionView,
  ProposalSort,
  ProposalView,
  SimilarProposalView,
} from './proposal.types';

const notImplemented = (): never => {
  throw new Error('not implemented yet');
};

@Resolver(() => ProposalView)
export class ProposalsResolver {
  @Public()
  @Query(() => ProposalConnectionView)
  proposals(
    @Args('filter') filter: ProposalFilter,
    @Args('sort', { type: () => ProposalSort, defaultValue: ProposalSort.NEWEST }) sort: ProposalSort,
    @Args('seed', { type: () => String, nullable: true, description: 'For RANDOM: keep it while paging' }) seed: string | null,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'At most 50' }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<ProposalConnectionView> {
    void [filter, sort, seed, first, after, locale, viewer];
    return notImplemented();
  }

  @Public()
  @Query(() => ProposalView, { nullable: true })
  proposal(@Args('id', { type: () => ID }) id: string, @RequestLocale() locale: Locale, @CurrentUser() viewer: User | null): Promise<ProposalView | null> {
    void [id, locale, viewer];
    return notImplemented();
  }

  @Public()
  @Query(() => [SimilarProposalView], { description: 'Up to 5 published proposals of the process that resemble a draft' })
  similarProposals(
    @Args('processId', { type: () => ID }) processId: string,
    @Args('title') title: string,
    @Args('body', { type: () => String, nullable: true }) body: string | null,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<SimilarProposalView[]> {
    void [processId, title, body, locale, viewer];
    return notImplemented();
  }

  @Public()
  @ResolveField(() => [ProposalRevisionView], { description: 'Every version, oldest first' })
  revisions(@Parent() proposal: ProposalView): Promise<ProposalRevisionView[]> {
    void proposal;
    return notImplemented();
  }

  @Authenticated()
  @Mutation(() => ProposalView, { description: 'Only while the forums phase runs' })
  createProposal(@Args('input') input: CreateProposalInput, @RequestLocale() locale: Locale, @CurrentUser() viewer: User): Promise<ProposalView> {
    void [input, locale, viewer];
    return notImplemented();
  }

  @Authenticated()
  @Mutation(() => ProposalView, { description: 'Author only, while the forums phase runs; the old wording is kept' })
  updateProposal(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateProposalInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<ProposalView> {
    void [id, input, locale, viewer];
    return notImplemented();
  }

  @Authenticated()
  @Mutation(() => ProposalView)
  withdrawProposal(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<ProposalView> {
    void [id, reason, locale, viewer];
    return notImplemented();
  }

  @Authenticated()
  @Mutation(() => ProposalView, { description: 'Idempotent: supporting twice keeps one support' })
  supportProposal(@Args('id', { type: () => ID }) id: string, @RequestLocale() locale: Locale, @CurrentUser() viewer: User): Promise<ProposalView> {
    void [id, locale, viewer];
    return notImplemented();
  }

  @Authenticated()
  @Mutation(() => ProposalView)
  withdrawSupport(@Args('id', { type: () => ID }) id: string, @RequestLocale() locale: Locale, @CurrentUser() viewer: User): Promise<ProposalView> {
    void [id, locale, viewer];
    return notImplemented();
  }

  @Roles('moderator', 'project_group', 'admin')
  @Mutation(() => ProposalView, { description: 'Forum or paper input entered on behalf of a forum' })
  enterProposal(@Args('input') input: EnterProposalInput, @RequestLocale() locale: Locale, @CurrentUser() viewer: User): Promise<ProposalView> {
    void [input, locale, viewer];
    return notImplemented();
  }

  @Roles('moderator', 'project_group', 'admin')
  @Query(() => ProposalImportPreviewView, { description: 'Dry run of a CSV/XLSX import: per-row errors, nothing written' })
  proposalImportPreview(@Args('input') input: ProposalImportInput, @RequestLocale() locale: Locale): Promise<ProposalImportPreviewView> {
    void [input, locale];
    return notImplemented();
  }

  @Roles('moderator', 'project_group', 'admin')
  @Mutation(() => ProposalImportResultView, { description: 'Refused while any row is invalid; rows imported before are skipped' })
  importProposals(@Args('input') input: ProposalImportInput, @CurrentUser() viewer: User): Promise<ProposalImportResultView> {
    void [input, viewer];
    return notImplemented();
  }
}
