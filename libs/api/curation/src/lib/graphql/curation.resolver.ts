import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import { CurrentUser, Public, Roles, User } from '@mitreden/api/identity';
import { ProposalView } from '@mitreden/api/proposals';
import type { Locale } from '@mitreden/shared/contracts';
import { MergeProposalsInput, ReviseProposalInput, SplitProposalInput } from './curation.inputs';
import { ProposalLineageView } from './curation.types';
import { ReviseService } from '../revise.service';
import { LineageService } from '../lineage.service';
import { MergeService } from '../merge.service';
import { SplitService } from '../split.service';

/** Merge and split with lineage, and editorial revisions of the wording. */
@Resolver()
export class CurationResolver {
  constructor(
    private readonly revisions: ReviseService,
    private readonly merges: MergeService,
    private readonly splits: SplitService,
    private readonly lineages: LineageService,
  ) {}

  @Roles('moderator', 'project_group', 'admin')
  @Mutation(() => ProposalView, {
    description:
      'Sources become MERGED (read-only, linked); supports carry over once per person; authors and supporters are notified',
  })
  mergeProposals(
    @Args('input') input: MergeProposalsInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<ProposalView> {
    return this.merges.merge(input, locale, viewer);
  }

  @Roles('moderator', 'project_group', 'admin')
  @Query(() => Int, {
    description: 'Supporters a merge of these proposals would have: distinct people, each counted once',
  })
  mergePreview(@Args('sourceIds', { type: () => [ID] }) sourceIds: string[]): Promise<number> {
    return this.merges.preview(sourceIds.slice(0, 20));
  }

  @Roles('moderator', 'project_group', 'admin')
  @Mutation(() => [ProposalView], {
    description: 'The original becomes SPLIT; each part links back and inherits its supporters',
  })
  splitProposal(
    @Args('input') input: SplitProposalInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<ProposalView[]> {
    return this.splits.split(input, locale, viewer);
  }

  @Roles('moderator', 'project_group', 'admin')
  @Mutation(() => ProposalView, {
    description: 'A new editorial revision; the original stays in `revisions`',
  })
  reviseProposal(
    @Args('input') input: ReviseProposalInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<ProposalView> {
    return this.revisions.revise(input, locale, viewer);
  }

  @Public()
  @Query(() => ProposalLineageView, {
    description: 'NOT_FOUND for unknown or hidden (to non-moderators) proposals',
  })
  proposalLineage(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() viewer: User | null,
  ): Promise<ProposalLineageView> {
    return this.lineages.lineage(id, viewer);
  }
}
