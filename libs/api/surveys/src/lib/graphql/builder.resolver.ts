import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import { CurrentUser, Public, Roles, User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { SurveyBuilderService } from '../builder/survey-builder.service';
import { CreateSurveyInput, SaveSurveyInput } from './survey.inputs';
import { SurveyView } from './survey.types';

/** The project group builds, publishes and closes surveys; the public lists the open ones. */
@Resolver()
export class SurveyBuilderResolver {
  constructor(private readonly builder: SurveyBuilderService) {}

  @Roles('project_group', 'admin')
  @Query(() => [SurveyView], { description: 'Every survey of the process (all processes when omitted), newest first' })
  surveys(
    @Args('processId', { type: () => ID, nullable: true }) processId: string | null,
    @RequestLocale() locale: Locale,
  ): Promise<SurveyView[]> {
    return this.builder.list(processId, locale);
  }

  @Roles('project_group', 'admin')
  @Query(() => SurveyView, { nullable: true, description: 'Any survey, drafts included, for the builder' })
  survey(@Args('id', { type: () => ID }) id: string, @RequestLocale() locale: Locale): Promise<SurveyView | null> {
    return this.builder.get(id, locale);
  }

  @Public()
  @Query(() => [SurveyView], { description: 'Published, open PUBLIC and ANONYMOUS surveys (invited ones are reached by link only)' })
  openSurveys(@RequestLocale() locale: Locale): Promise<SurveyView[]> {
    return this.builder.listOpen(locale);
  }

  @Public()
  @Query(() => SurveyView, { nullable: true, description: 'A published or closed PUBLIC or ANONYMOUS survey' })
  surveyBySlug(@Args('slug') slug: string, @RequestLocale() locale: Locale): Promise<SurveyView | null> {
    return this.builder.getPublished(slug, locale);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => SurveyView, { description: 'A DRAFT with one empty section' })
  createSurvey(
    @Args('input') input: CreateSurveyInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<SurveyView> {
    return this.builder.create(input, locale, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => SurveyView, { description: 'CONFLICT on a stale version; SURVEY_LOCKED for a change the responses forbid' })
  saveSurvey(
    @Args('input') input: SaveSurveyInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<SurveyView> {
    return this.builder.save(input, locale, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => SurveyView, { description: 'DRAFT → PUBLISHED (needs at least one question); a CLOSED survey reopens' })
  publishSurvey(
    @Args('id', { type: () => ID }) id: string,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<SurveyView> {
    return this.builder.publish(id, locale, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => SurveyView, { description: 'PUBLISHED → CLOSED: no more answers; results stay' })
  closeSurvey(
    @Args('id', { type: () => ID }) id: string,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User,
  ): Promise<SurveyView> {
    return this.builder.close(id, locale, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => Boolean, { description: 'Only a DRAFT without responses (else CONFLICT)' })
  deleteSurvey(@Args('id', { type: () => ID }) id: string, @CurrentUser() viewer: User): Promise<boolean> {
    return this.builder.remove(id, viewer);
  }
}
