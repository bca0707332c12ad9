import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import { CurrentUser, Public, Roles, User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { AnswersService } from '../answers.service';
import { DraftOfficialAnswerInput } from './answer.inputs';
import { AnswerStatus, OfficialAnswerView } from './answer.types';

/** Official answers: draft → approved by a second project group member → published (authors and supporters notified). */
@Resolver()
export class AnswersResolver {
  constructor(private readonly answers: AnswersService) {}

  @Public()
  @Query(() => OfficialAnswerView, {
    nullable: true,
    description: 'The public sees a published answer only; project group and admins also drafts',
  })
  officialAnswer(
    @Args('proposalId', { type: () => ID }) proposalId: string,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<OfficialAnswerView | null> {
    return this.answers.forProposal(proposalId, locale, viewer);
  }

  @Roles('project_group', 'admin')
  @Query(() => [OfficialAnswerView], { description: 'Work list, most recently changed first' })
  officialAnswers(
    @Args('status', { type: () => AnswerStatus, nullable: true }) status: AnswerStatus | null,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<OfficialAnswerView[]> {
    return this.answers.list(status, locale, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => OfficialAnswerView, {
    description:
      'Creates or edits the draft; editing an approved answer returns it to DRAFT and clears the approval. A published answer is final: CONFLICT',
  })
  draftOfficialAnswer(
    @Args('input') input: DraftOfficialAnswerInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<OfficialAnswerView> {
    return this.answers.draft(input, locale, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => OfficialAnswerView, {
    description: 'FOUR_EYES when the caller drafted (last edited) it; CONFLICT unless it is a DRAFT',
  })
  approveOfficialAnswer(
    @Args('id', { type: () => ID }) id: string,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<OfficialAnswerView> {
    return this.answers.approve(id, locale, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => OfficialAnswerView, {
    description: 'Only APPROVED answers (else CONFLICT); notifies the author and supporters once each',
  })
  publishOfficialAnswer(
    @Args('id', { type: () => ID }) id: string,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<OfficialAnswerView> {
    return this.answers.publish(id, locale, viewer);
  }
}
