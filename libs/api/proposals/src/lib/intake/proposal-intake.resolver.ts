import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import { CurrentUser, Roles, User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { ProposalImportPreviewView, ProposalImportResultView, ProposalView } from '../graphql/proposal.types';
import { EnterProposalInput, ProposalImportInput } from './intake.inputs';
import { ProposalIntakeService } from './proposal-intake.service';

/** Hybrid input: moderators (and the project group) bring in forum and paper input. */
@Resolver()
export class ProposalIntakeResolver {
  constructor(private readonly intake: ProposalIntakeService) {}

  @Roles('moderator', 'project_group', 'admin')
  @Mutation(() => ProposalView, { description: 'Forum or paper input entered on behalf of a forum' })
  enterProposal(
    @Args('input') input: EnterProposalInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<ProposalView> {
    return this.intake.enter(input, viewer, locale);
  }

  @Roles('moderator', 'project_group', 'admin')
  @Query(() => ProposalImportPreviewView, {
    description: 'Dry run of a CSV/XLSX import: per-row errors, nothing written',
  })
  proposalImportPreview(
    @Args('input') input: ProposalImportInput,
    @RequestLocale() locale: Locale,
  ): Promise<ProposalImportPreviewView> {
    return this.intake.preview(input, locale);
  }

  @Roles('moderator', 'project_group', 'admin')
  @Mutation(() => ProposalImportResultView, {
    description: 'Refused while any row is invalid; rows imported before are skipped',
  })
  importProposals(
    @Args('input') input: ProposalImportInput,
    @CurrentUser() viewer: User,
  ): Promise<ProposalImportResultView> {
    return this.intake.import(input, viewer);
  }
}
