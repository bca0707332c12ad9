import { Module } from '@nestjs/common';
import { ExportsModule } from '@mitreden/api/exports';
import { MailModule } from '@mitreden/api/mail';
import { SurveyAnsweringService } from './answering/survey-answering.service';
import { SurveyBuilderService } from './builder/survey-builder.service';
import { SurveyAnsweringResolver } from './graphql/answering.resolver';
import { SurveyBuilderResolver } from './graphql/builder.resolver';
import { SurveyInvitationsResolver } from './graphql/invitations.resolver';
import { SurveyResultsResolver } from './graphql/results.resolver';
import { SurveyInvitationsService } from './invitations/survey-invitations.service';
import { SurveyResultsService } from './results/survey-results.service';

/** Surveys: builder, answering (account, code, invitation), organisations and mailings, results and exports. */
@Module({
  imports: [MailModule, ExportsModule],
  providers: [
    SurveyBuilderService,
    SurveyBuilderResolver,
    SurveyAnsweringService,
    SurveyAnsweringResolver,
    SurveyInvitationsService,
    SurveyInvitationsResolver,
    SurveyResultsService,
    SurveyResultsResolver,
  ],
  exports: [SurveyBuilderService, SurveyAnsweringService, SurveyInvitationsService, SurveyResultsService],
})
export class SurveysModule {}
