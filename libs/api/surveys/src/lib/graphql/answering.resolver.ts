import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import { CurrentUser, Public, Roles, User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { SurveyAnsweringService } from '../answering/survey-answering.service';
import { SaveSurveyAnswersInput, SurveyAccessInput, SurveySessionView } from './answering.types';

/**
 * Answering, by account (PUBLIC, slug + session), invitation link or one-time code (token). The
 * token travels with every call; nothing about it is kept in the session.
 */
@Resolver()
export class SurveyAnsweringResolver {
  constructor(private readonly answering: SurveyAnsweringService) {}

  @Public()
  @Mutation(() => SurveySessionView, {
    description:
      'Opens the form: marks an invitation OPENED, returns what was saved so far. INVALID_TOKEN for an unknown link or code, SURVEY_CLOSED outside the survey’s dates, UNAUTHENTICATED for a PUBLIC survey without login',
  })
  startSurvey(
    @Args('access') access: SurveyAccessInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<SurveySessionView> {
    return this.answering.start(access, locale, viewer);
  }

  @Public()
  @Mutation(() => SurveySessionView, {
    description:
      'BAD_USER_INPUT with extensions.fields { questionKey: [AnswerErrorCode…] } when answers break the rules; SURVEY_COMPLETED once submitted',
  })
  saveSurveyAnswers(
    @Args('input') input: SaveSurveyAnswersInput,
    @RequestLocale() locale: Locale,
    @CurrentUser() viewer: User | null,
  ): Promise<SurveySessionView> {
    return this.answering.save(input, locale, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => [String], {
    description: 'ANONYMOUS surveys: new one-time access codes, returned once (only their hashes are stored)',
  })
  createSurveyAccessCodes(
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('count', { type: () => Int }) count: number,
    @CurrentUser() viewer: User,
  ): Promise<string[]> {
    return this.answering.createAccessCodes(surveyId, count, viewer);
  }
}
