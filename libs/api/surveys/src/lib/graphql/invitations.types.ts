import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsString, Length, Matches, MaxLength } from 'class-validator';
import { JobStatus } from '@mitreden/api/exports';

export enum OrganisationType {
  MIGRANT_ORGANISATION = 'MIGRANT_ORGANISATION',
  MUNICIPAL_CONTACT = 'MUNICIPAL_CONTACT',
  EDUCATION = 'EDUCATION',
  COUNSELLING = 'COUNSELLING',
  INTEGRATION_COUNCIL = 'INTEGRATION_COUNCIL',
  RELIGIOUS_COMMUNITY = 'RELIGIOUS_COMMUNITY',
  INTEGRATION_GUIDE = 'INTEGRATION_GUIDE',
  WELFARE = 'WELFARE',
  OTHER = 'OTHER',
}
registerEnumType(OrganisationType, { name: 'OrganisationType' });

export enum InvitationStatus {
  PENDING = 'PENDING',
  INVITED = 'INVITED',
  OPENED = 'OPENED',
  PARTIAL = 'PARTIAL',
  COMPLETE = 'COMPLETE',
}
registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'PENDING: not mailed yet. The only thing an invitation keeps about its response',
});

export enum MailingKind {
  INVITATION = 'INVITATION',
  REMINDER = 'REMINDER',
}
registerEnumType(MailingKind, {
  name: 'MailingKind',
  description: 'INVITATION mails the pending invitations; REMINDER those invited but not complete. Opted-out organisations get neither',
});

export enum ImportRowOutcome {
  NEW = 'NEW',
  UPDATE = 'UPDATE',
  UNCHANGED = 'UNCHANGED',
  INVALID = 'INVALID',
}
registerEnumType(ImportRowOutcome, { name: 'OrganisationImportOutcome' });

@ObjectType('Organisation')
export class OrganisationView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() email!: string;
  @Field(() => OrganisationType) type!: OrganisationType;
  @Field() municipality!: string;
  @Field() locale!: string;
  @Field({ description: 'Asked to receive no more survey mail' }) optedOut!: boolean;
}

@ObjectType('OrganisationImportRow')
export class OrganisationImportRowView {
  @Field(() => Int, { description: 'Spreadsheet line (header = 1)' }) line!: number;
  @Field() name!: string;
  @Field() email!: string;
  @Field(() => OrganisationType, { nullable: true }) type!: OrganisationType | null;
  @Field() municipality!: string;
  @Field(() => ImportRowOutcome) outcome!: ImportRowOutcome;
  @Field(() => [String], { description: 'Field-scoped codes, e.g. "email:invalid", "type:unknown"' }) errors!: string[];
}

@ObjectType('OrganisationImportPreview')
export class OrganisationImportPreviewView {
  @Field(() => [OrganisationImportRowView]) rows!: OrganisationImportRowView[];
  @Field(() => Int) newCount!: number;
  @Field(() => Int) updateCount!: number;
  @Field(() => Int) unchangedCount!: number;
  @Field(() => Int) invalidCount!: number;
}

@ObjectType('OrganisationImportResult')
export class OrganisationImportResultView {
  @Field(() => Int) created!: number;
  @Field(() => Int) updated!: number;
  @Field(() => Int, { description: 'Invalid rows left out' }) skipped!: number;
  @Field(() => Int, { description: 'Invitations created for the survey (when surveyId was given)' }) invited!: number;
}

@ObjectType('SurveyInvitation')
export class SurveyInvitationView {
  @Field(() => ID) id!: string;
  @Field(() => OrganisationView) organisation!: OrganisationView;
  @Field(() => InvitationStatus) status!: InvitationStatus;
  @Field(() => Date, { nullable: true }) invitedAt!: Date | null;
  @Field(() => Int) reminderCount!: number;
  @Field(() => Date, { nullable: true }) lastRemindedAt!: Date | null;
}

@ObjectType('SurveyMailing', { description: 'A batch of invitation or reminder mails, sent by the worker with progress' })
export class SurveyMailingView {
  @Field(() => ID) id!: string;
  @Field(() => MailingKind) kind!: MailingKind;
  @Field(() => JobStatus) status!: JobStatus;
  @Field(() => Int) total!: number;
  @Field(() => Int) processed!: number;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@InputType()
export class OrganisationImportInput {
  @Field({ description: '.csv or .xlsx; columns name, e-mail, type, municipality (German or English headers)' })
  @IsString()
  @Length(1, 200)
  @Matches(/\.(csv|xlsx)$/i)
  fileName!: string;

  @Field({ description: 'The file, base64; at most 2 MB decoded' })
  @IsString()
  @MaxLength(2_800_000)
  fileBase64!: string;
}
