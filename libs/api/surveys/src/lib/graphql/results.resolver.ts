import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import { ExportFormat, ExportJobView } from '@mitreden/api/exports';
import { CurrentUser, Roles, User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { SurveyResultsService } from '../results/survey-results.service';
import { ResponseRatesView, SurveyResultsView, TextAnswerPageView } from './results.types';

/** Results, response rates and exports: the project group's (and admins') view of a survey. */
@Resolver()
export class SurveyResultsResolver {
  constructor(private readonly results: SurveyResultsService) {}

  @Roles('project_group', 'admin')
  @Query(() => SurveyResultsView, { description: 'Read from the tallies; segment filters by organisation or self-declared type' })
  surveyResults(
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('segment', { type: () => String, nullable: true }) segment: string | null,
    @Args('completeOnly', { nullable: true, defaultValue: false }) completeOnly: boolean,
    @RequestLocale() locale: Locale,
  ): Promise<SurveyResultsView> {
    return this.results.results(surveyId, segment, completeOnly, locale);
  }

  @Roles('project_group', 'admin')
  @Query(() => TextAnswerPageView, { description: 'Free texts of a question (answers, "other" texts, dates), searchable' })
  surveyTextAnswers(
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('questionKey') questionKey: string,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('segment', { type: () => String, nullable: true }) segment: string | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 20 }) limit: number,
  ): Promise<TextAnswerPageView> {
    return this.results.textAnswers(surveyId, questionKey, search, segment, offset, limit);
  }

  @Roles('project_group', 'admin')
  @Query(() => ResponseRatesView, { description: 'Invited, opened, started, complete: overall and per organisation type' })
  surveyResponseRates(@Args('surveyId', { type: () => ID }) surveyId: string): Promise<ResponseRatesView> {
    return this.results.responseRates(surveyId);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => ExportJobView, { description: 'CSV or XLSX of every response, built by the worker; poll exportJob' })
  requestSurveyExport(
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @CurrentUser() viewer: User,
  ): Promise<ExportJobView> {
    return this.results.requestExport(surveyId, format, viewer);
  }
}

