import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Roles, User } from '@mitreden/api/identity';
import { SurveyInvitationsService } from '../invitations/survey-invitations.service';
import {
  MailingKind,
  OrganisationImportInput,
  OrganisationImportPreviewView,
  OrganisationImportResultView,
  OrganisationType,
  OrganisationView,
  SurveyInvitationView,
  SurveyMailingView,
} from './invitations.types';

/** Organisations (imported from CSV/XLSX), their invitations to a survey, and the mailings. */
@Resolver()
export class SurveyInvitationsResolver {
  constructor(private readonly invitations: SurveyInvitationsService) {}

  @Roles('project_group', 'admin')
  @Query(() => [OrganisationView], { description: 'By name' })
  organisations(
    @Args('type', { type: () => OrganisationType, nullable: true }) type: OrganisationType | null,
  ): Promise<OrganisationView[]> {
    return this.invitations.organisations(type);
  }

  @Roles('project_group', 'admin')
  @Query(() => OrganisationImportPreviewView, { description: 'Dry run of importOrganisations' })
  organisationImportPreview(@Args('input') input: OrganisationImportInput): Promise<OrganisationImportPreviewView> {
    return this.invitations.previewImport(input);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => OrganisationImportResultView, {
    description: 'Creates or updates organisations by e-mail; with surveyId also invites them (PENDING until mailed)',
  })
  importOrganisations(
    @Args('input') input: OrganisationImportInput,
    @Args('surveyId', { type: () => ID, nullable: true }) surveyId: string | null,
    @CurrentUser() viewer: User,
  ): Promise<OrganisationImportResultView> {
    return this.invitations.importOrganisations(input, surveyId, viewer);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => [SurveyInvitationView], {
    description: 'Invites organisations (by id and/or every organisation of the types); existing invitations stay as they are',
  })
  inviteOrganisations(
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('organisationIds', { type: () => [ID], nullable: true }) organisationIds: string[] | null,
    @Args('types', { type: () => [OrganisationType], nullable: true }) types: OrganisationType[] | null,
    @CurrentUser() viewer: User,
  ): Promise<SurveyInvitationView[]> {
    return this.invitations.invite(surveyId, organisationIds ?? [], types ?? [], viewer);
  }

  @Roles('project_group', 'admin')
  @Query(() => [SurveyInvitationView], { description: 'By organisation name' })
  surveyInvitations(@Args('surveyId', { type: () => ID }) surveyId: string): Promise<SurveyInvitationView[]> {
    return this.invitations.list(surveyId);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => SurveyMailingView, {
    description: 'Queues the mailing for the worker; CONFLICT while another mailing of the survey runs, SURVEY_CLOSED unless published',
  })
  sendSurveyMailing(
    @Args('surveyId', { type: () => ID }) surveyId: string,
    @Args('kind', { type: () => MailingKind }) kind: MailingKind,
    @CurrentUser() viewer: User,
  ): Promise<SurveyMailingView> {
    return this.invitations.sendMailing(surveyId, kind, viewer);
  }

  @Roles('project_group', 'admin')
  @Query(() => [SurveyMailingView], { description: 'Newest first, with progress' })
  surveyMailings(@Args('surveyId', { type: () => ID }) surveyId: string): Promise<SurveyMailingView[]> {
    return this.invitations.mailings(surveyId);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'The opt-out link of a survey mail: the organisation gets no more survey mail. INVALID_TOKEN for a wrong link',
  })
  optOutOfSurveyMail(@Args('token') token: string): Promise<boolean> {
    return this.invitations.optOut(token);
  }
}
